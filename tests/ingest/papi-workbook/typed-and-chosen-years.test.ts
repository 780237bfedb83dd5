// The year of an official workbook typed by the user when no name holds one, several year sheets imported
// at once, and which of a workbook's years the loaded data already has: read, applied, kept, and applied
// again after a reload, in Node against a real DuckDB. Every score is synthetic (build-official-workbook.ts).
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Connector } from '../../../src/db/connector.ts';
import { sql } from '../../../src/db/sql.ts';
import { createI18n } from '../../../src/i18n/create-i18n.ts';
import { fetchYearsWithScores } from '../../../src/queries/years-with-scores.ts';
import { loadBundledAndStoredImports } from '../../../src/session/database-start.ts';
import { createDatabaseStore } from '../../../src/session/database-store.ts';
import { importAndKeep } from '../../../src/session/import-and-keep.ts';
import { addImportedFiles, listImportedFiles } from '../../../src/storage/imported-files-store.ts';
import { summariseImport } from '../../../src/views/data/import-summary.ts';
import { workbookChoice } from '../../../src/ingest/read/workbook-choice.ts';
import { createLoadedConnector, readBundledFiles } from '../../helpers/data-files.ts';
import { createNodeConnector } from '../../helpers/node-duckdb.ts';
import { indicatorSheet, subdimensionsOf, syntheticScore, workbookBytes } from './build-official-workbook.ts';

const DAK_NONG = { name: 'Đắk Nông', code: '67' };
const DAK_NONG_CODE = 'P43';

// An undated sheet in an undated file: 2020's structure, Đắk Nông only.
const UNDATED_FILE = 'PAPI_provincial.xlsx';
const undatedBytes = workbookBytes({
  ProvincialIndicators_VIE: indicatorSheet({ year: 2020, provinces: [DAK_NONG] }).rows,
});
const YEARS_FILE = 'PAPI_ProvincialIndicators_2019-2024.xlsx';
const yearsBytes = workbookBytes({
  '2023_VIE_ENG': indicatorSheet({ year: 2023, provinces: [DAK_NONG] }).rows,
  '2024_PAPI_VIE_ENG': indicatorSheet({ year: 2024, provinces: [DAK_NONG] }).rows,
  '2019PAPI_Indicators_VIE': indicatorSheet({ year: 2019, provinces: [DAK_NONG] }).rows,
});

let conn: Connector;
beforeAll(async () => {
  conn = await createLoadedConnector();
});
afterAll(async () => {
  await conn.close();
});
// Each test keeps its files in a browser storage of its own.
beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory());
});
afterEach(() => {
  vi.unstubAllGlobals();
});

/** Đắk Nông's synthetic total for `year`: its sub-dimension scores summed, as the app sums them. */
const syntheticTotal = (year: number): number =>
  ['1', '2', '3', '4', '5', '6', '7', '8']
    .flatMap((d) => subdimensionsOf(d, year))
    .reduce((sum, _, index) => sum + syntheticScore(0, index), 0);

const totalOf = async (c: Connector, year: number, province = DAK_NONG_CODE) =>
  (
    await c.query<{ score: number }>(
      sql`SELECT score FROM scores WHERE province_code = ${province} AND year = ${year} AND indicator = 'total'`,
    )
  )[0]?.score;

/** A fresh engine with the bundled data and every import kept in this test's storage re-applied. */
async function reloaded(): Promise<Connector> {
  const fresh = await createNodeConnector();
  await loadBundledAndStoredImports(fresh, createDatabaseStore(), readBundledFiles());
  return fresh;
}

describe('an official workbook whose names hold no year', () => {
  it('asks for the year, and asks nothing of a workbook whose sheet names hold one', async () => {
    expect(await workbookChoice(0, UNDATED_FILE, undatedBytes, [])).toEqual({
      kind: 'typedYear',
      index: 0,
      name: UNDATED_FILE,
    });
    const dated = workbookBytes({
      '2020_VIE_ENG': indicatorSheet({ year: 2020, provinces: [DAK_NONG] }).rows,
    });
    expect(await workbookChoice(0, UNDATED_FILE, dated, [])).toBeNull();
  });

  it('imports with the typed year, says the user gave it, and gives the same rows after a reload', async () => {
    const result = await importAndKeep(
      conn,
      [{ name: UNDATED_FILE, bytes: undatedBytes, typedYear: 2020 }],
      addImportedFiles,
    );
    expect(result.outcome.ok).toBe(true);
    expect(await totalOf(conn, 2020)).toBeCloseTo(syntheticTotal(2020), 9);
    expect(summariseImport(result, createI18n('vi').t).lines).toContain(
      `${UNDATED_FILE}: bảng số liệu PAPI chính thức, năm 2020 (năm do người dùng nhập).`,
    );
    const stored = await listImportedFiles();
    expect(stored.ok && stored.value.map((file) => file.typedYear)).toEqual([2020]);

    const again = await reloaded();
    expect(await totalOf(again, 2020)).toBeCloseTo(syntheticTotal(2020), 9);
    await again.close();
  });

  it('refuses a typed year outside 2009 to next year, and changes nothing', async () => {
    const before = await totalOf(conn, 2020);
    const result = await importAndKeep(
      conn,
      [{ name: UNDATED_FILE, bytes: undatedBytes, typedYear: 2008 }],
      addImportedFiles,
    );
    expect(result.outcome.ok).toBe(false);
    expect(!result.outcome.ok && result.outcome.problems.map((problem) => problem.key)).toEqual([
      'yearUnknown',
    ]);
    expect(await totalOf(conn, 2020)).toBe(before);
  });
});

describe('several year sheets at once', () => {
  it('offers every year, newest first', async () => {
    expect(await workbookChoice(2, YEARS_FILE, yearsBytes, [])).toEqual({
      kind: 'years',
      index: 2,
      name: YEARS_FILE,
      years: [2024, 2023, 2019],
    });
  });

  it('applies the chosen years as one import (one outcome, one stored file) and again after a reload', async () => {
    const bundled2024 = await totalOf(conn, 2024);
    const result = await importAndKeep(
      conn,
      [{ name: YEARS_FILE, bytes: yearsBytes, years: [2023, 2019] }],
      addImportedFiles,
    );
    expect(result.outcome.ok).toBe(true);
    expect(result.outcome.files).toHaveLength(1);
    // 28 sub-dimensions in 2023, 27 in 2019 (8.3 from 2019, 5.2 until 2020, 2.4 from 2018: 29 - 2), all replacing.
    const subCount = (year: number) =>
      ['1', '2', '3', '4', '5', '6', '7', '8'].flatMap((d) => subdimensionsOf(d, year)).length;
    expect(result.outcome.files[0]).toMatchObject({ added: 0, replaced: subCount(2023) + subCount(2019) });
    expect(await totalOf(conn, 2023)).toBeCloseTo(syntheticTotal(2023), 9);
    expect(await totalOf(conn, 2019)).toBeCloseTo(syntheticTotal(2019), 9);
    const lines = summariseImport(result, createI18n('vi').t).lines;
    expect(lines).toContain(
      `${YEARS_FILE}: bảng số liệu PAPI chính thức, các năm 2023, 2019 (đọc từ tên trang tính).`,
    );
    expect(lines).toContain(
      'Tệp còn có các năm 2024 (chưa nhập lần này): nhập lại tệp và đánh dấu năm cần nhập.',
    );
    const stored = await listImportedFiles();
    expect(stored.ok && stored.value.map((file) => file.years)).toEqual([[2023, 2019]]);

    const again = await reloaded();
    expect(await totalOf(again, 2023)).toBeCloseTo(syntheticTotal(2023), 9);
    expect(await totalOf(again, 2019)).toBeCloseTo(syntheticTotal(2019), 9);
    // 2024 was not chosen: the bundled total stays.
    expect(await totalOf(again, 2024)).toBe(bundled2024);
    await again.close();
  });

  it('replaces province by province: a province the file does not score (Đắk Lắk) keeps its loaded scores that year', async () => {
    const dakLak = 'P42';
    const before = await totalOf(conn, 2024, dakLak);
    expect(before).toEqual(expect.any(Number));
    const result = await importAndKeep(
      conn,
      [{ name: YEARS_FILE, bytes: yearsBytes, years: [2024] }],
      addImportedFiles,
    );
    expect(result.outcome.ok).toBe(true);
    expect(await totalOf(conn, 2024)).toBeCloseTo(syntheticTotal(2024), 9);
    expect(await totalOf(conn, 2024, dakLak)).toBe(before);
  });
});

describe('which of the workbook’s years the loaded data already has', () => {
  it('names the years with scores loaded, and none the data lacks', async () => {
    // The bundled scores cover 2011-2024.
    expect(await fetchYearsWithScores(conn, [2024, 2023, 2010, 2027])).toEqual([2023, 2024]);
    expect(await fetchYearsWithScores(conn, [])).toEqual([]);
  });
});
