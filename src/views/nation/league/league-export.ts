// The league table as a file: the same rows and order as on screen, numbers as numbers, group words beside
// the scores, the source and export date in the last rows. CSV through the one CSV writer (BOM, formula-safe),
// .xlsx through ExcelJS (export/sheet-xlsx.ts, loaded only when asked for) with every text cell neutralised the same way.
import { csvStyleFor, csvText, neutraliseFormula, type CsvValue } from '../../../export/csv-writer.ts';
import { buildExportFileName } from '../../../export/file-name.ts';
import { sheetXlsxBytes } from '../../../export/sheet-xlsx.ts';
import type { I18n } from '../../../i18n/create-i18n.ts';
import { decimalSignOf } from '../../../i18n/format.ts';
import { rankChangeOf, type LeagueRow } from './league-rows.ts';

export interface LeagueExportSettings {
  year: number;
  /** Column indicator → its header label ("Tổng hợp", "2. Công khai…"). */
  columnLabels: readonly { code: string; label: string }[];
  /** The headline indicator's label (for the unscored reason). */
  headlineLabel: string;
  source: string;
  date: Date;
}

/** Header, one line per row (as sorted on screen), an empty line, then source and export date. */
export function leagueExportRows(
  rows: readonly LeagueRow[],
  settings: LeagueExportSettings,
  i18n: I18n,
): CsvValue[][] {
  const { t, lang } = i18n;
  const header: CsvValue[] = [
    t('nation.col.rank'),
    t('nation.col.province'),
    ...settings.columnLabels.flatMap(({ label }) => [label, t('nation.export.group', { indicator: label })]),
    t('nation.col.change', { year: settings.year - 1 }),
    t('nation.col.rankChange'),
    t('nation.export.unscored'),
  ];
  const lines = rows.map((row): CsvValue[] => [
    row.headline?.rank ?? null,
    lang === 'vi' ? row.nameVi : row.nameEn,
    ...settings.columnLabels.flatMap(({ code }) => {
      const cell = row.cells.get(code);
      return cell === undefined ? [null, null] : [cell.score, t(`group.${cell.group}`)];
    }),
    row.headline?.change ?? null,
    rankChangeOf(row.headline),
    row.unscored === null
      ? null
      : row.unscored === 'noScores'
        ? t('nation.unscored.noScores', { year: settings.year })
        : t('nation.unscored.partial', { year: settings.year, indicator: settings.headlineLabel }),
  ]);
  return [
    header,
    ...lines,
    [],
    [t('nation.export.source'), settings.source],
    [t('nation.export.date'), settings.date.toLocaleDateString(i18n.locale)],
  ];
}

/** The CSV text: `;` and decimal comma in Vietnamese, `,` and point in English. */
export function leagueCsvText(rows: readonly (readonly CsvValue[])[], i18n: Pick<I18n, 'lang'>): string {
  return csvText(rows, csvStyleFor(decimalSignOf(i18n.lang)));
}

/** The .xlsx bytes: one sheet, numbers as numbers, text neutralised as in the CSV. */
export function leagueXlsxBytes(
  rows: readonly (readonly CsvValue[])[],
  sheetName: string,
): Promise<Uint8Array> {
  const safe = rows.map((row) =>
    row.map((value) => (typeof value === 'string' ? neutraliseFormula(value) : value)),
  );
  return sheetXlsxBytes(safe, sheetName);
}

/** "papi_toan-quoc_league-table_tong-hop_2024_2026-12-03.csv". */
export const leagueFileName = (indicatorLabel: string, year: number, date: Date, extension: string): string =>
  buildExportFileName(
    { province: 'toan-quoc', chart: 'league-table', indicator: indicatorLabel, years: String(year), date },
    extension,
  );
