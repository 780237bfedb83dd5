// What each item of a chart's export menu does: load the export code (one lazy chunk), run the export and
// say what happened, in words for the chart's status line.
import type { ChartSpec } from '../charts/chart-spec.ts';
import type { DecimalSeparator } from '../export/csv-writer.ts';
import type * as ExportActionsModule from '../export/export-actions.ts';
import type { I18n } from '../i18n/create-i18n.ts';
import { decimalSignOf } from '../i18n/format.ts';
import { describeFailure, exportFailureText } from './error-failure.ts';
import type { MessageKey } from '../i18n/vi.ts';

type ExportActions = typeof ExportActionsModule;

// One lazy chunk for all export code (renderer glue, export font, CSV); pptxgenjs is a further chunk.
let actionsModule: ExportActions | null = null;

/** Starts loading the export code (the menu calls it on opening, so a choice rarely waits). */
export function loadExportActions(): Promise<ExportActions> {
  return import('../export/export-actions.ts').then((module) => (actionsModule = module));
}

export type ExportKind = 'slidePng' | 'screenPng' | 'svg' | 'csv' | 'csvOther' | 'copy' | 'addToDeck';

/** The export items in menu order, with their labels. */
export const EXPORT_ITEMS: readonly { kind: ExportKind; label: MessageKey }[] = [
  { kind: 'slidePng', label: 'export.menu.slidePng' },
  { kind: 'screenPng', label: 'export.menu.screenPng' },
  { kind: 'svg', label: 'export.menu.svg' },
  { kind: 'csv', label: 'export.menu.csv' },
  // The decimal sign the UI does not use (the label says comma instead where the UI writes points).
  { kind: 'csvOther', label: 'export.menu.csvPoint' },
  { kind: 'copy', label: 'export.menu.copy' },
  { kind: 'addToDeck', label: 'export.menu.addToDeck' },
];

/** The decimal sign the UI language does not write: the "other" CSV's. */
export const otherDecimalOf = (i18n: I18n): DecimalSeparator =>
  decimalSignOf(i18n.lang) === ',' ? '.' : ',';

/** An item's label: the "other" CSV says which decimal sign it writes. */
export function exportItemLabel(kind: ExportKind, label: MessageKey, i18n: I18n): string {
  return i18n.t(kind === 'csvOther' && otherDecimalOf(i18n) === ',' ? 'export.menu.csvComma' : label);
}

/**
 * Runs one export of the chart; `onStatus` hears "working…", then what came of it; `onFailureDetail` hears the
 * browser's own text of a failure (for the status's details), null when the export starts.
 */
export function runChartExport<Rows, Settings>(
  kind: ExportKind,
  source: { spec: ChartSpec<Rows, Settings>; i18n: I18n; screenWidthPx: number },
  onStatus: (text: string) => void,
  onFailureDetail: (detail: string | null) => void = () => undefined,
): void {
  const { i18n } = source;
  const { t } = i18n;
  const context = { ...source, now: new Date() };
  const perform = async (actions: ExportActions): Promise<string> => {
    switch (kind) {
      case 'slidePng':
        return t('export.status.done', { file: await actions.exportSlidePng(context) });
      case 'screenPng':
        return t('export.status.done', { file: await actions.exportScreenPng(context) });
      case 'svg':
        return t('export.status.done', { file: await actions.exportSvg(context) });
      case 'csv':
        return t('export.status.done', { file: actions.exportCsv(context, 'ui') });
      case 'csvOther':
        return t('export.status.done', { file: actions.exportCsv(context, otherDecimalOf(i18n)) });
      case 'copy':
        return t(
          (await actions.copySlidePng(context)) ? 'export.status.copied' : 'export.status.copyUnsupported',
        );
      case 'addToDeck':
        return t('export.status.added', { count: await actions.addToBriefing(context) });
    }
  };
  onStatus(t('export.status.working'));
  onFailureDetail(null);
  // Called synchronously when the module is loaded: the clipboard needs the click's user activation.
  const pending = actionsModule !== null ? perform(actionsModule) : loadExportActions().then(perform);
  pending.then(onStatus, (error: unknown) => {
    onStatus(exportFailureText(error, t));
    onFailureDetail(describeFailure(error).detail);
  });
}
