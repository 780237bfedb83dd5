// What an exported chart's file is called, from its spec: the spec's exportName when given, otherwise inferred
// from its settings (province name, indicator label) and title (years), so every chart gets a telling name.
import type { ChartSpec } from '../charts/chart-spec.ts';
import type { I18n } from '../i18n/create-i18n.ts';
import type { ExportNameParts } from './file-name.ts';
import { buildExportFileName, yearsPart } from './file-name.ts';

const MAX_INDICATOR_CHARS = 40;

function stringField(settings: unknown, name: string): string | undefined {
  if (typeof settings !== 'object' || settings === null) return undefined;
  const value = (settings as Record<string, unknown>)[name];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** A long label cut at a word boundary, so names stay short. */
function shorten(text: string): string {
  if (text.length <= MAX_INDICATOR_CHARS) return text;
  const cut = text.slice(0, MAX_INDICATOR_CHARS);
  const space = cut.lastIndexOf(' ');
  return space > 10 ? cut.slice(0, space) : cut;
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
    indicator: given.indicator ?? shorten(indicatorLabel ?? spec.id.replace(/^chart-/, '')),
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
