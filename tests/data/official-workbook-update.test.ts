// `npm run data:build -- --workbook`: an official workbook (synthetic, built with SheetJS by the reader's test
// builder) replaces one year of a temporary copy of data/, read by the same reader as a drop on the Data view.
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATA_DIR, buildPapiData } from '../../data/scripts/build-papi-scores.ts';
import { parseCsvRecords } from '../../data/scripts/lib/csv.ts';
import { updateFromOfficialWorkbook } from '../../data/scripts/lib/official-workbook-update.ts';
import { SCORES_HEADER } from '../../data/scripts/lib/papi-scores.ts';
import {
  indicatorSheet,
  summarySheet,
  workbookBytes,
  type ProvinceColumn,
} from '../ingest/papi-workbook/build-official-workbook.ts';

const DATA_FILES = ['papi-scores.csv', 'indicators.csv', 'provinces.csv'] as const;
const FILE = '2024PAPI_ProvincialIndicators_BangChiTieuCapTinh_34_TinhThanh.xlsx';

// Columns as the 2024 file writes them (a `TP.` prefix and a trailing space, no diacritics, a blank column
// between groups, provinces without scores), each with the code data/provinces.csv gives it.
const COLUMNS: (ProvinceColumn | null)[] = [
  { name: 'Đắk Nông', code: '67' },
  { name: 'TP. Hồ Chí Minh ', code: '79' },
  null,
  { name: 'Vĩnh Phúc', code: '26', missing: 'zero' },
  { name: 'Tien Giang', code: '82', missing: 'blank' },
];
const CODE_OF: Record<string, string> = { 'Đắk Nông': 'P43', 'TP. Hồ Chí Minh ': 'P50' };

const sheet2024 = indicatorSheet({
  year: 2024,
  provinces: COLUMNS,
  metadataRows: true,
  offset: { dimension: '2', provinceIndex: 0, by: 1 },
});
const sheet2023 = indicatorSheet({ year: 2023, provinces: COLUMNS });

let dir = '';
let dataDir = '';
const readData = (file: string): string => readFileSync(join(dataDir, file), 'utf8');
const officialYearFile = (year: number): string => join(dataDir, 'sources', 'papi-official', `${year}.csv`);
/** The bundled files, and whether a workbook year was kept as a source. */
const snapshot = (): (string | boolean)[] => [
  ...DATA_FILES.map(readData),
  existsSync(officialYearFile(2023)),
  existsSync(officialYearFile(2024)),
];
const scoresOf = (text: string, year: string) =>
  parseCsvRecords(text, SCORES_HEADER).filter((row) => row.year === year);
/** The file's lines of every year but `year`, in order. */
const linesBesides = (text: string, year: string): string[] =>
  text.split('\n').filter((line) => line.split(',')[1] !== year);

function writeWorkbook(name: string, sheets: Parameters<typeof workbookBytes>[0]): string {
  const path = join(dir, name);
  writeFileSync(path, workbookBytes(sheets));
  return path;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'papi-workbook-'));
  dataDir = join(dir, 'data');
  // A temporary copy of the bundled files: the command writes here, never in data/.
  mkdirSync(dataDir);
  for (const file of DATA_FILES) copyFileSync(join(DATA_DIR, file), join(dataDir, file));
  cpSync(join(DATA_DIR, 'sources'), join(dataDir, 'sources'), { recursive: true });
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run data:build -- --workbook', () => {
  it('replaces the newest year sheet’s rows, each naming the file and sheet, and keeps every other year byte for byte', async () => {
    const before = snapshot();
    const path = writeWorkbook(FILE, { '2023_VIE_ENG': sheet2023.rows, '2024_PAPI_VIE_ENG': sheet2024.rows });
    const update = await updateFromOfficialWorkbook({ workbookPath: path, dataDir });
    expect(update.ok).toBe(true);
    if (!update.ok) return;

    const scores = readData('papi-scores.csv');
    const rows2024 = scoresOf(scores, '2024');
    expect(rows2024.map((row) => [row.province_code, row.indicator, Number(row.score)]).sort()).toEqual(
      sheet2024.expected.rows.map(([name, code, score]) => [CODE_OF[name], code, score]).sort(),
    );
    expect(new Set(rows2024.map((row) => row.source))).toEqual(
      new Set([`CECODES & UNDP, PAPI 2024 (${FILE}, 2024_PAPI_VIE_ENG)`]),
    );
    // Not scored in the file: listed, and no row (never a 0).
    expect(update.notes.unscored).toEqual(['Vĩnh Phúc', 'Tiền Giang']);
    expect(rows2024.some((row) => row.province_code === 'P17' || row.province_code === 'P52')).toBe(false);
    // Every other year, indicators.csv and provinces.csv as they were.
    const scoresBefore = String(before[0]);
    expect(linesBesides(scores, '2024')).toEqual(linesBesides(scoresBefore, '2024'));
    expect(scoresOf(scoresBefore, '2023').length).toBeGreaterThan(0);
    expect(snapshot().slice(1, 3)).toEqual(before.slice(1, 3));
    // The 2024 rows of the provinces the file does not have are gone, and said to go.
    expect(update.change.provincesRemoved).toContain('Hà Nội (P01)');
    expect(update.change.after).toBe(sheet2024.expected.rows.length);
    // Đắk Nông's dimension 2 was written 1 above its parts: a located warning, not a refusal.
    expect(update.warnings).toHaveLength(1);
    expect(update.warnings[0]).toMatch(/sheet “2024_PAPI_VIE_ENG”, cell D\d+, province Đắk Nông: /);
  });

  it('keeps the year as a source, so a plain rebuild gives the same files', async () => {
    const path = writeWorkbook(FILE, { '2024_PAPI_VIE_ENG': sheet2024.rows });
    expect((await updateFromOfficialWorkbook({ workbookPath: path, dataDir })).ok).toBe(true);
    expect(scoresOf(readFileSync(officialYearFile(2024), 'utf8'), '2024')).toHaveLength(
      sheet2024.expected.rows.length,
    );
    const rebuilt = join(dir, 'rebuilt');
    mkdirSync(rebuilt);
    buildPapiData(join(dataDir, 'sources', 'papi'), rebuilt);
    for (const file of DATA_FILES) expect(readFileSync(join(rebuilt, file), 'utf8')).toBe(readData(file));
  });

  it('reads the sheet --sheet names, and a dry run writes nothing', async () => {
    const before = snapshot();
    const path = writeWorkbook(FILE, { '2023_VIE_ENG': sheet2023.rows, '2024_PAPI_VIE_ENG': sheet2024.rows });
    const update = await updateFromOfficialWorkbook({
      workbookPath: path,
      dataDir,
      sheet: '2023_VIE_ENG',
      dryRun: true,
    });
    expect(update.ok && update.change).toMatchObject({
      year: 2023,
      before: scoresOf(String(before[0]), '2023').length,
      after: sheet2023.expected.rows.length,
    });
    expect(snapshot()).toEqual(before);
  });

  it('reads a 2011-2017 workbook, its year from the file name', async () => {
    const file = 'PAPI-2016-Dữ-liệu-1.xlsx';
    const sheet = summarySheet(['Đắk Nông', 'TP. Hồ Chí Minh '], 2016);
    const path = writeWorkbook(file, { 'PAPI- Bảng tổng hợp kết quả': sheet.rows });
    const update = await updateFromOfficialWorkbook({ workbookPath: path, dataDir });
    expect(update.ok && update.notes).toMatchObject({ year: 2016, yearFrom: 'file' });
    const rows2016 = scoresOf(readData('papi-scores.csv'), '2016');
    expect(rows2016.map((row) => [row.province_code, row.indicator, Number(row.score)]).sort()).toEqual(
      sheet.expected.rows.map(([name, code, score]) => [CODE_OF[name], code, score]).sort(),
    );
  });

  it('refuses a workbook with a province it cannot match, naming the cell, and leaves the files untouched', async () => {
    const before = snapshot();
    const bad = indicatorSheet({ year: 2024, provinces: [...COLUMNS, { name: 'Atlantis', code: '99' }] });
    const path = writeWorkbook(FILE, { '2024_PAPI_VIE_ENG': bad.rows });
    const update = await updateFromOfficialWorkbook({ workbookPath: path, dataDir });
    expect(update.ok).toBe(false);
    if (update.ok) return;
    expect(update.refusals.join('\n')).toMatch(/sheet “2024_PAPI_VIE_ENG”, cell [A-Z]+\d+.*Atlantis/);
    expect(snapshot()).toEqual(before);
  });

  it('refuses a workbook that is no official layout, and leaves the files untouched', async () => {
    const before = snapshot();
    const path = writeWorkbook('scores.xlsx', {
      Sheet1: [
        ['Tỉnh', 'Điểm'],
        ['Đắk Nông', 1.5],
      ],
    });
    const update = await updateFromOfficialWorkbook({ workbookPath: path, dataDir });
    expect(update.ok).toBe(false);
    expect(snapshot()).toEqual(before);
  });

  it('from the command line: a dry run exits 0, a refusal exits 1 and leaves the files as they were', () => {
    const before = snapshot();
    const script = fileURLToPath(new URL('../../data/scripts/build-papi-scores.ts', import.meta.url));
    const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
    const run = (...args: string[]) =>
      spawnSync(tsx, [script, ...args, '--data-dir', dataDir], { encoding: 'utf8' });
    const good = writeWorkbook(FILE, { '2024_PAPI_VIE_ENG': sheet2024.rows });
    const dry = run('--workbook', good, '--dry-run');
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain('not scored in 2024 in the file: Vĩnh Phúc, Tiền Giang');
    expect(dry.stdout).toContain('dry run: nothing written.');
    const bad = writeWorkbook('scores.xlsx', {
      Sheet1: [
        ['Tỉnh', 'Điểm'],
        ['Đắk Nông', 1.5],
      ],
    });
    const refused = run('--workbook', bad);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toContain('scores.xlsx refused: data/ left unchanged.');
    expect(snapshot()).toEqual(before);
  }, 60_000);
});
