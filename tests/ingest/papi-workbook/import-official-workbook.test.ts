// Dropping an official workbook on the Data view, end to end in Node against a real DuckDB: read, applied
// through the same merge as every import, described to the user, kept, and re-applied after a reload.
// Every score is synthetic (build-official-workbook.ts).
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Connector } from '../../../src/db/connector.ts';
import { sql } from '../../../src/db/sql.ts';
import { createI18n } from '../../../src/i18n/create-i18n.ts';
import { loadBundledAndStoredImports } from '../../../src/session/database-start.ts';
import { createDatabaseStore } from '../../../src/session/database-store.ts';
import { importAndKeep } from '../../../src/session/import-and-keep.ts';
import { addImportedFiles } from '../../../src/storage/imported-files-store.ts';
import { summariseImport } from '../../../src/views/data/import-summary.ts';
import { createLoadedConnector, readBundledFiles } from '../../helpers/data-files.ts';
import { createNodeConnector } from '../../helpers/node-duckdb.ts';
import {
  indicatorSheet,
  subdimensionsOf,
  syntheticScore,
  workbookBytes,
  type ProvinceColumn,
} from './build-official-workbook.ts';

const PROVINCES: ProvinceColumn[] = [
  { name: 'Đắk Nông', code: '67' },
  { name: 'Vĩnh Phúc', code: '26', missing: 'zero' },
  { name: 'Tiền Giang', code: '82', missing: 'zero' },
];
const FILE = '2024PAPI_ProvincialIndicators_BangChiTieuCapTinh_34_TinhThanh.xlsx';
const sheet2024 = indicatorSheet({
  year: 2024,
  provinces: PROVINCES,
  metadataRows: true,
  offset: { dimension: '2', provinceIndex: 0, by: 1 },
});
const sheet2023 = indicatorSheet({ year: 2023, provinces: PROVINCES.slice(0, 1) });
const bytes = workbookBytes({ '2023_VIE_ENG': sheet2023.rows, '2024_PAPI_VIE_ENG': sheet2024.rows });

let conn: Connector;
beforeAll(async () => {
  vi.stubGlobal('indexedDB', new IDBFactory());
  conn = await createLoadedConnector();
});
afterAll(async () => {
  await conn.close();
  vi.unstubAllGlobals();
});

const scoreOf = async (c: Connector, year: number, indicator: string) =>
  (
    await c.query<{ score: number }>(
      sql`SELECT score FROM scores WHERE province_code = 'P43' AND year = ${year} AND indicator = ${indicator}`,
    )
  )[0]?.score;

// The synthetic sub-dimension scores of the sheet's first province, summed as the app sums them.
const syntheticSum = (year: number, dimensions: readonly string[]) => {
  const codes = ['1', '2', '3', '4', '5', '6', '7', '8'].flatMap((d) =>
    subdimensionsOf(d, year).map((s) => s.code),
  );
  return codes
    .map((code, index) => ({ code, score: syntheticScore(0, index) }))
    .filter(({ code }) => dimensions.includes(code.split('.')[0] ?? ''))
    .reduce((sum, { score }) => sum + score, 0);
};

describe('importing an official workbook', () => {
  it('applies the newest year, computes dimensions and the total from the parts, and says what it read', async () => {
    const result = await importAndKeep(conn, [{ name: FILE, bytes }], addImportedFiles);
    expect(result.outcome.ok).toBe(true);
    const [file] = result.outcome.files;
    // Đắk Nông's 28 sub-dimensions of 2024 replace the bundled ones; nothing for the two unscored provinces.
    expect(file).toMatchObject({ table: 'score_rows', added: 0, replaced: 28, rejected: 0 });
    expect(await scoreOf(conn, 2024, '2')).toBeCloseTo(syntheticSum(2024, ['2']), 9);
    expect(await scoreOf(conn, 2024, 'total')).toBeCloseTo(
      syntheticSum(2024, ['1', '2', '3', '4', '5', '6', '7', '8']),
      9,
    );
    const [vinhPhuc] = await conn.query<{ n: number }>(
      sql`SELECT count(*)::INTEGER AS n FROM score_rows s JOIN provinces p ON p.code = s.province_code
          WHERE p.name_vi IN ('Vĩnh Phúc', 'Tiền Giang') AND s.year = 2024`,
    );
    expect(vinhPhuc?.n).toBe(0);

    const summary = summariseImport(result, createI18n('vi').t);
    expect(summary.role).toBe('status');
    expect(summary.lines).toContain(
      `${FILE}: bảng số liệu PAPI chính thức, năm 2024 (đọc từ tên trang tính “2024_PAPI_VIE_ENG”).`,
    );
    expect(summary.lines).toContain('Vĩnh Phúc, Tiền Giang: không có điểm năm 2024 trong tệp.');
    // Đắk Nông is the one scored province: one survey value per sub-dimension row, kept apart.
    expect(
      summary.lines.some((line) =>
        line.startsWith(`Lưu ${sheet2024.expected.surveyRows} giá trị chỉ tiêu khảo sát`),
      ),
    ).toBe(true);
    // Dimension 2 of Đắk Nông was written 1 point above its parts: one located warning, in English too.
    const english = summariseImport(result, createI18n('en').t);
    expect(english.warningLines).toHaveLength(1);
    expect(english.warningLines[0]).toMatch(
      /^File .*, sheet “2024_PAPI_VIE_ENG”, cell D\d+, province Đắk Nông: /,
    );
  });

  it('keeps the year sheet the user chose and applies it again after a reload', async () => {
    const chosen = await importAndKeep(
      conn,
      [{ name: FILE, bytes, sheet: '2023_VIE_ENG' }],
      addImportedFiles,
    );
    expect(chosen.outcome.ok).toBe(true);
    const reloaded = await createNodeConnector();
    await loadBundledAndStoredImports(reloaded, createDatabaseStore(), readBundledFiles());
    expect(await scoreOf(reloaded, 2023, 'total')).toBeCloseTo(
      syntheticSum(2023, ['1', '2', '3', '4', '5', '6', '7', '8']),
      9,
    );
    expect(await scoreOf(reloaded, 2024, 'total')).toBeCloseTo(
      syntheticSum(2024, ['1', '2', '3', '4', '5', '6', '7', '8']),
      9,
    );
    await reloaded.close();
  });
});
