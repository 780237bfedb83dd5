// What an exported chart's file is called, from its spec: the spec's exportName when given, otherwise inferred
// from its settings (province name, indicator label) and title (years), so every chart gets a telling name.
import type { ChartSpec } from '../charts/chart-spec.ts';
import type { I18n } from '../i18n/create-i18n.ts';
import type { ExportNameParts } from './file-name.ts';
import { buildExportFileName, yearsPart } from './file-name.ts';

function stringField(settings: unknown, name: string): string | undefined {
  if (typeof settings !== 'object' || settings === null) return undefined;
  const value = (settings as Record<string, unknown>)[name];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/**
 * An indicator label as a file-name part: its code ("3.1. Trách nhiệm…" → "chi-so-3.1", "indicator-3.1" in
 * English), never a phrase cut in the middle; a label without a code (the total) stays whole.
 */
function indicatorPart(label: string, i18n: I18n): string {
  const code = /^(\d+(?:\.\d+)?)\.\s/.exec(label)?.[1];
  return code === undefined ? label : i18n.t('export.fileIndicator', { code });
}

/** The parts of a spec's file names on `date`. */
export function exportNamePartsOf<Rows, Settings>(
  spec: ChartSpec<Rows, Settings>,
  i18n: I18n,
  date: Date,
): ExportNameParts {
  const given = spec.exportName ?? {};
  const indicatorLabel =
    stringField(spec.settings, 'indicatorLabel') ?? stringField(spec.settings, 'parentLabel');
  return {
    province: given.province ?? stringField(spec.settings, 'provinceName') ?? '',
    // Which chart it is always shows, so two charts of one indicator (its trend, its parts) never share a name.
    chart: spec.id.replace(/^chart-/, ''),
    indicator: given.indicator ?? (indicatorLabel === undefined ? '' : indicatorPart(indicatorLabel, i18n)),
    years: given.years ?? yearsPart(spec.describe(spec.rows, spec.settings, i18n).title),
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
