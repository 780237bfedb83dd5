/**
 * `npm run data:build -- --workbook <file>`: an official PAPI workbook (papi.org.vn) read by the reader the
 * Data view uses (src/ingest/papi-workbook, against provinces.csv and indicators.csv, so provinces match and
 * scores are checked exactly as on a drop), then one year of data/papi-scores.csv replaced by its rows,
 * which are also kept as that year's source (official-year-scores.ts).
 * Stricter than the browser: anything the reader refuses, and any row that is not a sub-dimension (the
 * bundled data stores only those), refuses the whole file and nothing is written.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createI18n } from '../../../src/i18n/create-i18n.ts';
import { loadLanguage } from '../../../src/i18n/dictionaries.ts';
import { readPapiWorkbook } from '../../../src/ingest/papi-workbook/read-papi-workbook.ts';
import type { PapiWorkbookNotes } from '../../../src/ingest/papi-workbook/papi-workbook-notes.ts';
import { officialSheetYears } from '../../../src/ingest/papi-workbook/official-sheets.ts';
import { describeProblem } from '../../../src/ingest/read/describe-problem.ts';
import { readWorkbook } from '../../../src/ingest/read/read-workbook.ts';
import { formatCsv } from './csv.ts';
import { INDICATORS_HEADER, buildIndicatorRows } from './indicators.ts';
import { importContextFromCsv } from './import-context-from-csv.ts';
import { OFFICIAL_YEARS_DIR, writeOfficialYear } from './official-year-scores.ts';
import { PAPI_DIMENSIONS, SUBDIMENSION_CODES } from './papi-structure.ts';
import { SCORES_HEADER, parseScoreRowsCsv, scoreRowCells, type ScoreRow } from './papi-scores.ts';
import { replaceYearScores, type YearChange } from './replace-year-scores.ts';

export interface WorkbookUpdateOptions {
  readonly workbookPath: string;
  /** The folder holding papi-scores.csv, indicators.csv, provinces.csv and sources/ (data/). */
  readonly dataDir: string;
  /** Reads and compares, writes nothing. */
  readonly dryRun?: boolean;
  /** The year sheet to read; default the newest, as on the Data view. */
  readonly sheet?: string;
}

export type WorkbookUpdate =
  | {
      readonly ok: false;
      readonly file: string;
      /** Located sentences, in the words the Data view uses. */
      readonly refusals: readonly string[];
      readonly warnings: readonly string[];
    }
  | {
      readonly ok: true;
      readonly file: string;
      readonly sheet: string;
      readonly notes: PapiWorkbookNotes;
      /** The workbook's other official sheets, which --sheet can pick. */
      readonly otherSheets: readonly string[];
      readonly warnings: readonly string[];
      /** Provinces named as `Hà Nội (P01)`. */
      readonly change: YearChange;
      readonly indicatorsChanged: boolean;
      readonly written: boolean;
    };

const NOT_OFFICIAL =
  'not an official PAPI workbook: no sheet has the rows “Mã tỉnh” and “Tỉnh/Thành phố trực thuộc trung ương” with provinces from column D, nor the 2011-2017 table with the columns “Tên tỉnh” and “1: …”.';

/** Reads the workbook and, unless refused or a dry run, writes the year into `dataDir`. */
export async function updateFromOfficialWorkbook(options: WorkbookUpdateOptions): Promise<WorkbookUpdate> {
  // The app loads English when a page is shown in it (src/i18n/dictionaries.ts); this script writes in it.
  await loadLanguage('en');
  const { t } = createI18n('en');
  const file = basename(options.workbookPath);
  const refuse = (refusals: string[], warnings: string[] = []): WorkbookUpdate => ({
    ok: false,
    file,
    refusals,
    warnings,
  });
  const workbook = await readWorkbook(new Uint8Array(readFileSync(options.workbookPath)));
  if (!workbook.ok) return refuse([`${file}: ${t('import.problem.unreadableWorkbook')} (${workbook.error})`]);
  const context = { ...importContextFromCsv(options.dataDir), sheet: options.sheet };
  const read = readPapiWorkbook(file, workbook.sheets, context);
  if (read === null) {
    const official = officialSheetYears(workbook.sheets, file).map((choice) => choice.sheet);
    return refuse([
      options.sheet !== undefined && official.length > 0
        ? `${file}: no official sheet “${options.sheet}”; its official sheets: ${official.map((s) => `“${s}”`).join(', ')}.`
        : `${file}: ${NOT_OFFICIAL}`,
    ]);
  }
  const warnings = (read.notes?.warnings ?? []).map((problem) => describeProblem(problem, t));
  if (read.problems.length > 0 || read.notes === null) {
    return refuse(
      read.problems.map((problem) => describeProblem(problem, t)),
      warnings,
    );
  }
  const { notes } = read;
  // The reader stores a dimension (or the total) where a sheet lacks its parts; the bundled data never does.
  const notParts = [...new Set(read.rows.map((row) => row.indicator))].filter(
    (code) => !SUBDIMENSION_CODES.includes(code),
  );
  if (notParts.length > 0) {
    return refuse(
      [
        `${file}, sheet “${read.sheet}”: ${notParts.join(', ')} without their sub-dimensions; data/papi-scores.csv stores sub-dimension scores only.`,
      ],
      warnings,
    );
  }
  const incoming: ScoreRow[] = read.rows.map((row) => ({
    provinceCode: row.province_code,
    year: row.year,
    indicator: row.indicator,
    score: String(row.score),
    source: row.source ?? '',
  }));
  const { rows, change: byCode } = replaceYearScores(
    parseScoreRowsCsv(readFileSync(join(options.dataDir, 'papi-scores.csv'), 'utf8')),
    notes.year,
    incoming,
  );
  const names = new Map(context.provinces.map((p) => [p.code, `${p.name_vi} (${p.code})`] as const));
  const named = (codes: readonly string[]): string[] => codes.map((code) => names.get(code) ?? code);
  const change: YearChange = {
    ...byCode,
    provincesAdded: named(byCode.provincesAdded),
    provincesRemoved: named(byCode.provincesRemoved),
  };
  const indicatorsCsv = formatCsv(INDICATORS_HEADER, buildIndicatorRows(PAPI_DIMENSIONS, rows));
  const indicatorsPath = join(options.dataDir, 'indicators.csv');
  const indicatorsChanged = indicatorsCsv !== readFileSync(indicatorsPath, 'utf8');
  const written = options.dryRun !== true;
  if (written) {
    // Kept as a source, so that a plain `npm run data:build` rebuilds what is written here.
    writeOfficialYear(join(options.dataDir, 'sources', OFFICIAL_YEARS_DIR), notes.year, incoming);
    writeFileSync(
      join(options.dataDir, 'papi-scores.csv'),
      formatCsv(SCORES_HEADER, rows.map(scoreRowCells)),
    );
    if (indicatorsChanged) writeFileSync(indicatorsPath, indicatorsCsv);
  }
  return {
    ok: true,
    file,
    sheet: read.sheet,
    notes,
    otherSheets: read.sheets.filter((sheet) => sheet !== read.sheet),
    warnings,
    change,
    indicatorsChanged,
    written,
  };
}
