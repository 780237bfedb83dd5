// The quarterly report from the loaded data: read it, draw its figures with the given renderer (the PNG
// export in the browser, a stand-in in Node tests), write the .docx. Loaded by the Plan view's button on
// demand, so none of it (nor docx) is in the page until a report is made.
import type { ChartSpec } from '../../charts/chart-spec.ts';
import type { Connector } from '../../db/connector.ts';
import { createI18n } from '../../i18n/create-i18n.ts';
import { fetchQuarterlyReportData, type QuarterlyReportRequest } from './fetch-report-data.ts';
import { fetchReportCharts } from './report-figures.ts';
import { quarterlyReportFileName } from './report-file-name.ts';
import { buildQuarterlyReportModel, type QuarterlyReportModel } from './report-model.ts';
import { writeQuarterlyReportDocx, type ReportFigure } from './write-report-docx.ts';

/** Draws a chart as its finished 16:9 PNG. */
export type RenderChartPng = <Rows, Settings>(spec: ChartSpec<Rows, Settings>) => Promise<Uint8Array>;

/** A made report: its file name, bytes and the model it was written from. */
export interface MadeQuarterlyReport {
  name: string;
  bytes: ArrayBuffer;
  model: QuarterlyReportModel;
}

/** Makes the report of `request` (its language, its period). */
export async function makeQuarterlyReport(
  conn: Connector,
  request: QuarterlyReportRequest,
  renderChartPng: RenderChartPng,
): Promise<MadeQuarterlyReport> {
  const i18n = createI18n(request.lang);
  const data = await fetchQuarterlyReportData(conn, request);
  const model = buildQuarterlyReportModel(data, i18n);
  const charts =
    data.targetYear === null
      ? []
      : await fetchReportCharts(
          conn,
          {
            provinceCode: request.provinceCode,
            provinceName: data.provinceName,
            targetYear: data.targetYear,
            period: data.period,
            progress: data.progress,
            dimensions: data.dimensions,
          },
          i18n,
        );
  const figures: ReportFigure[] = [];
  // One at a time: each render takes the canvas and the export font.
  for (const [index, chart] of charts.entries()) {
    figures.push({
      title: chart.title,
      caption: i18n.t('quarterlyReport.doc.figureCaption', { number: index + 1, title: chart.title }),
      png: await chart.render(renderChartPng),
    });
  }
  return {
    name: quarterlyReportFileName(request.lang, model.plan, model.period, request.now),
    bytes: await writeQuarterlyReportDocx(model, figures),
    model,
  };
}
