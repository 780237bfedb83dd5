// What an exported chart's file is called, from its spec: its id and the exportName every spec states.
import type { ChartSpec } from '../charts/chart-spec.ts';
import type { I18n } from '../i18n/create-i18n.ts';
import type { ExportNameParts } from './file-name.ts';
import { buildExportFileName } from './file-name.ts';

/**
 * An indicator label as a file-name part: its code ("3.1. Trách nhiệm…" → "chi-so-3.1", "indicator-3.1" in
 * English), never a phrase cut in the middle; a label without a code (the total) stays whole.
 */
function indicatorPart(label: string, i18n: I18n): string {
  const code = /^(\d+(?:\.\d+)?)\.\s/.exec(label)?.[1];
  return code === undefined ? label : i18n.t('export.fileIndicator', { code });
}

/** The parts of a spec's file names on `date`: its own exportName, and which chart it is (its id). */
export function exportNamePartsOf<Rows, Settings>(
  spec: ChartSpec<Rows, Settings>,
  i18n: I18n,
  date: Date,
): ExportNameParts {
  const { province, indicator, years } = spec.exportName;
  return {
    province,
    // Which chart it is always shows, so two charts of one indicator (its trend, its parts) never share a name.
    chart: spec.id.replace(/^chart-/, ''),
    indicator: indicatorPart(indicator, i18n),
    years,
    date,
  };
}

/** The file name of one export of `spec`. */
export function specFileName<Rows, Settings>(
  spec: ChartSpec<Rows, Settings>,
  i18n: I18n,
  date: Date,
  extension: string,
): string {
  return buildExportFileName(exportNamePartsOf(spec, i18n, date), extension);
}
