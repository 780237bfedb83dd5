// Scores files after the 2025 merger name the new provinces; an old province is refused in a year after
// the merger (naming what it became) and accepted up to 2024. Context: the provinces as the app loads them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector.ts';
import { sql } from '../../src/db/sql.ts';
import type { ImportContext } from '../../src/ingest/read/import-rows.ts';
import type { ProvinceRef } from '../../src/ingest/read/match-province.ts';
import { createProvinceMatcher } from '../../src/ingest/read/match-province.ts';
import { readImportFile } from '../../src/ingest/read/read-import-file.ts';
import { createLoadedConnector } from '../helpers/data-files.ts';
import { BUNDLED_CONTEXT } from './import-test-context.ts';

let conn: Connector;
let context: ImportContext;
beforeAll(async () => {
  conn = await createLoadedConnector();
  const provinces = await conn.query<ProvinceRef>(sql`
    SELECT code, name_vi, name_en, kind, nso_code, successor_code, first_year, last_year FROM provinces ORDER BY code`);
  context = { ...BUNDLED_CONTEXT, provinces };
});
afterAll(async () => {
  await conn.close();
});

const csv = (lines: readonly string[]) => ({
  name: 'papi-2025.csv',
  bytes: new TextEncoder().encode(`${lines.join('\n')}\n`),
});

describe('province matching in the map of the row’s year', () => {
  it.each([
    ['68', 2025, '68'],
    ['Lâm Đồng', 2025, '68'],
    ['Lam Dong', 2025, '68'],
    ['tinh lam dong', 2025, '68'],
    ['Huế', 2025, '46'],
    ['Thành phố Huế', 2025, '46'],
    ['TP. Hồ Chí Minh', 2025, '79'],
    ['1', 2026, '01'], // Excel dropped the leading zero
    ['Lâm Đồng', 2024, 'P44'],
    ['68', 2024, 'P44'], // the old Lâm Đồng's statistics-office code
    ['Đắk Nông', 2024, 'P43'],
    ['67', 2024, 'P43'],
  ])('reads %j in %i as %s', (text, year, code) => {
    expect(createProvinceMatcher(context.provinces)(text, year)).toEqual({ ok: true, code });
  });

  it('refuses Đắk Nông in 2025 and names the province it became', () => {
    expect(createProvinceMatcher(context.provinces)('Dak Nong', 2025)).toMatchObject({
      ok: false,
      suggestion: 'Lâm Đồng',
      outOfMap: { code: 'P43', successor: { code: '68' } },
    });
  });
});

describe('importing a scores file for 2025', () => {
  it('imports the new provinces by statistics-office code and by name without diacritics', async () => {
    const result = await readImportFile(
      csv(['Tỉnh,Năm,Chỉ số,Điểm', '68,2025,1,5.1', 'Lam Dong,2025,2,5.2', 'Ca Mau,2025,1,4.9']),
      context,
    );
    expect(result.problems).toEqual([]);
    expect(result.rows.map((row) => 'province_code' in row && row.province_code)).toEqual(['68', '68', '96']);
  });

  it('refuses an old province in 2025 with a located problem naming what it became, and accepts it for 2024', async () => {
    const result = await readImportFile(
      csv(['Tỉnh,Năm,Chỉ số,Điểm', 'Đắk Nông,2024,1,5.1', 'Đắk Nông,2025,1,5.2', 'Lâm Đồng,2025,1,5.3']),
      context,
    );
    expect(result.problems).toEqual([
      {
        file: 'papi-2025.csv',
        sheet: null,
        row: 3,
        column: 'Tỉnh',
        key: 'provinceMerged',
        args: { found: 'Đắk Nông', successor: 'Lâm Đồng', year: 2025 },
      },
    ]);
  });
});
