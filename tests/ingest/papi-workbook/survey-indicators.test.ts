// The survey indicator rows of a 2018+ official workbook (scale 0%-100%): kept in their own table as
// shares 0-1 with their labels, never as scores, applied again after a reload, and compared with the
// national median on the Dimensions view. Every value is synthetic (build-official-workbook.ts).
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Connector } from '../../../src/db/connector.ts';
import { sql } from '../../../src/db/sql.ts';
import { QueryClient } from '@tanstack/react-query';
import { prefetchSurveyLists } from '../../../src/queries/prefetch-indicator-views.ts';
import { fetchSurveyIndicators, surveyIndicatorsQuery } from '../../../src/queries/survey-indicators.ts';
import { loadBundledAndStoredImports } from '../../../src/session/database-start.ts';
import { createDatabaseStore } from '../../../src/session/database-store.ts';
import { importAndKeep } from '../../../src/session/import-and-keep.ts';
import { addImportedFiles } from '../../../src/storage/imported-files-store.ts';
import { createLoadedConnector, readBundledFiles } from '../../helpers/data-files.ts';
import { createNodeConnector } from '../../helpers/node-duckdb.ts';
import {
  indicatorSheet,
  subdimensionsOf,
  workbookBytes,
  type ProvinceColumn,
} from './build-official-workbook.ts';

const PROVINCES: ProvinceColumn[] = [
  { name: 'Đắk Nông', code: '67' },
  { name: 'Lâm Đồng', code: '68' },
  { name: 'Bình Thuận', code: '60' },
  { name: 'Vĩnh Phúc', code: '26', missing: 'zero' },
];
const CODES = { dakNong: 'P43', vinhPhuc: 'P17' };
const SHARES_1_1 = [0.41, 0.62, 0.13];
// Synthetic shares: 0.41, 0.62, 0.13 by province plus the sub-dimension number / 100; the 2024 sheet writes
// them as fractions, the 2023 sheet as percents (42 for 0.42).
const share = (provinceIndex: number, subCode: string): number =>
  (SHARES_1_1[provinceIndex] ?? 0) + Number(subCode.split('.')[1]) / 100;
const FILE = '2024PAPI_ProvincialIndicators_BangChiTieuCapTinh_34_TinhThanh.xlsx';
const bytes = workbookBytes({
  '2023_VIE_ENG': indicatorSheet({
    year: 2023,
    provinces: PROVINCES,
    surveyValue: (i, sub) => Number((share(i, sub) * 100).toFixed(6)),
  }).rows,
  '2024_PAPI_VIE_ENG': indicatorSheet({ year: 2024, provinces: PROVINCES, surveyValue: share }).rows,
});
const [civicKnowledge] = subdimensionsOf('1', 2024);

let conn: Connector;
beforeAll(async () => {
  vi.stubGlobal('indexedDB', new IDBFactory());
  conn = await createLoadedConnector();
  const result = await importAndKeep(conn, [{ name: FILE, bytes, years: [2024, 2023] }], addImportedFiles);
  expect(result.outcome.ok).toBe(true);
});
afterAll(async () => {
  await conn.close();
  vi.unstubAllGlobals();
});

interface SurveyRow {
  province_code: string;
  year: number;
  subdimension: string;
  label_vi: string;
  label_en: string;
  value: number;
}
const surveyRows = (c: Connector, province: string, year: number) =>
  c.query<SurveyRow>(sql`SELECT province_code, year, subdimension, label_vi, label_en, value
    FROM survey_indicators WHERE province_code = ${province} AND year = ${year} ORDER BY subdimension`);

describe('the survey indicators of an official workbook', () => {
  it('are stored under their sub-dimension with both labels, as shares 0-1', async () => {
    const rows = await surveyRows(conn, CODES.dakNong, 2024);
    // One survey row under each sub-dimension of 2024 in the built sheet.
    const subCount = ['1', '2', '3', '4', '5', '6', '7', '8'].flatMap((d) => subdimensionsOf(d, 2024)).length;
    expect(rows).toHaveLength(subCount);
    expect(rows[0]).toEqual({
      province_code: CODES.dakNong,
      year: 2024,
      subdimension: civicKnowledge?.code,
      label_vi: `Tỷ lệ người trả lời về ${civicKnowledge?.name_vi}`,
      label_en: `% of respondents on ${civicKnowledge?.name_en}`,
      value: share(0, '1.1'),
    });
  });

  it('reads a row written as percents (41 for 41%) as the same share', async () => {
    const rows = await surveyRows(conn, CODES.dakNong, 2023);
    expect(rows[0]?.value).toBeCloseTo(share(0, '1.1'), 12);
  });

  it('are never scores, and a province without scores has none', async () => {
    const [stored] = await conn.query<{ n: number }>(
      sql`SELECT count(*)::INTEGER AS n FROM score_rows WHERE source LIKE ${`%${FILE}%`} AND NOT regexp_full_match(indicator, '[0-9]+[.][0-9]+')`,
    );
    expect(stored?.n).toBe(0);
    const [asScore] = await conn.query<{ n: number }>(
      sql`SELECT count(*)::INTEGER AS n FROM score_rows WHERE source LIKE ${`%${FILE}%`} AND score < 1`,
    );
    expect(asScore?.n).toBe(0);
    expect(await surveyRows(conn, CODES.vinhPhuc, 2024)).toEqual([]);
  });

  it('compare the province with the national median of that year’s provinces', async () => {
    const lines = await fetchSurveyIndicators(conn, CODES.dakNong, 2024, '1.1');
    expect(lines).toHaveLength(1);
    const values = [0, 1, 2].map((i) => share(i, '1.1')).sort((a, b) => a - b);
    expect(lines[0]).toMatchObject({ value: share(0, '1.1'), provinces: 3 });
    expect(lines[0]?.median).toBeCloseTo(values[1] ?? NaN, 12);
    expect(lines[0]?.source).toContain(FILE);
    expect(await fetchSurveyIndicators(conn, CODES.dakNong, 2022, '1.1')).toEqual([]);
  });

  it("are in memory before a switch: the Dimensions view's prefetch holds each sub-dimension's own answer", async () => {
    const subdimensions = (
      await conn.query<{ code: string }>(sql`SELECT code FROM indicators WHERE level = 'subdimension'`)
    ).map((row) => row.code);
    expect(subdimensions.length).toBeGreaterThan(20);
    for (const year of [2024, 2023, 2022]) {
      const client = new QueryClient();
      await prefetchSurveyLists(client, conn, 3, CODES.dakNong, year, subdimensions);
      let listed = 0;
      for (const code of subdimensions) {
        const key = surveyIndicatorsQuery.options(conn, 3, CODES.dakNong, year, code).queryKey;
        const own = await fetchSurveyIndicators(conn, CODES.dakNong, year, code);
        expect(client.getQueryData(key), `${code} in ${year}`).toEqual(own);
        if (own.length > 0) listed += 1;
      }
      const [kept] = await conn.query<{ n: number }>(
        sql`SELECT count(DISTINCT subdimension)::INTEGER AS n FROM survey_indicators WHERE year = ${year}`,
      );
      expect(listed, `sub-dimensions with a survey list in ${year}`).toBe(kept?.n);
      expect(listed > 0).toBe(year !== 2022);
    }
  });

  it('are applied again after a reload', async () => {
    const reloaded = await createNodeConnector();
    await loadBundledAndStoredImports(reloaded, createDatabaseStore(), readBundledFiles());
    expect(await surveyRows(reloaded, CODES.dakNong, 2024)).toEqual(
      await surveyRows(conn, CODES.dakNong, 2024),
    );
    expect(await surveyRows(reloaded, CODES.dakNong, 2023)).toHaveLength(
      (await surveyRows(conn, CODES.dakNong, 2023)).length,
    );
    await reloaded.close();
  });
});
