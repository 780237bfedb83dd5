// The browser side of "Xuất báo cáo quý": the units' lists the report forms keep (else guessed from the
// units that reported, as the forms panel does), the figures drawn by the PNG export at 1920×1080, the
// file saved. The Plan view's button imports this module only when pressed.
import { createI18n } from '../../i18n/create-i18n.ts';
import type { Connector } from '../../db/connector.ts';
import { readReportUnits } from '../../storage/report-units-store.ts';
import { renderSlidePng } from '../export-actions.ts';
import { downloadBlob } from '../render-figure.ts';
import { guessUnitLists } from '../report-forms/reporting-units.ts';
import type { QuarterlyReportRequest } from './fetch-report-data.ts';
import { makeQuarterlyReport, type RenderChartPng } from './make-quarterly-report.ts';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Makes the report and saves it; resolves to the file name. */
export async function downloadQuarterlyReport(
  conn: Connector,
  request: Omit<QuarterlyReportRequest, 'unitLists'> & { plan: string; reportedUnits: readonly string[] },
): Promise<string> {
  const i18n = createI18n(request.lang);
  const kept = await readReportUnits(request.plan);
  const unitLists = kept.ok && kept.value !== null ? kept.value : guessUnitLists(request.reportedUnits);
  const render: RenderChartPng = async (spec) =>
    new Uint8Array(
      await (await renderSlidePng({ spec, i18n, screenWidthPx: 0, now: request.now })).arrayBuffer(),
    );
  const made = await makeQuarterlyReport(conn, { ...request, unitLists }, render);
  downloadBlob(new Blob([made.bytes], { type: DOCX_MIME }), made.name);
  return made.name;
}
