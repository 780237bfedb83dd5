// The league table as a file, from the real 2024 table: the rows in the order shown, numbers as numbers, the
// group words beside the scores, the source last; CSV with a BOM and `;` in Vietnamese; formula-like text
// neutralised in the CSV and in the .xlsx alike.
import * as XLSX from '@e965/xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector.ts';
import { createI18n } from '../../src/i18n/create-i18n.ts';
import { fetchNationLeagueTable } from '../../src/queries/nation-league-table.ts';
import { DEFAULT_NATION_SORT } from '../../src/state/view-params/nation-params.ts';
import {
  leagueCsvText,
  leagueExportRows,
  leagueXlsxBytes,
} from '../../src/views/nation/league/league-export.ts';
import { buildLeagueTable, type LeagueRow } from '../../src/views/nation/league/league-rows.ts';
import { sortLeagueRows } from '../../src/views/nation/league/sort-league-rows.ts';
import { createLoadedConnector } from '../helpers/data-files.ts';

const vi = createI18n('vi');
let conn: Connector;
let rows: LeagueRow[];
beforeAll(async () => {
  conn = await createLoadedConnector();
  const table = buildLeagueTable(await fetchNationLeagueTable(conn, 2024, 'total'), 'total');
  rows = sortLeagueRows(table.rows, DEFAULT_NATION_SORT, 'vi');
});
afterAll(async () => {
  await conn.close();
});

const SETTINGS = {
  year: 2024,
  columnLabels: [
    { code: 'total', label: 'Chỉ số PAPI tổng hợp' },
    { code: '2', label: '2. Công khai, minh bạch' },
  ],
  headlineLabel: 'Chỉ số PAPI tổng hợp',
  source: 'Nguồn: CECODES & UNDP, PAPI (papi.org.vn)',
  date: new Date(2026, 11, 3),
};

describe('the league table as a file', () => {
  it('writes the rows as shown: Quảng Ninh first with 47.82 as a number, unscored units last with their reason', () => {
    const lines = leagueExportRows(rows, SETTINGS, vi);
    expect(lines[0]).toEqual([
      'Hạng',
      'Tỉnh, thành phố',
      'Chỉ số PAPI tổng hợp',
      'Nhóm Chỉ số PAPI tổng hợp',
      '2. Công khai, minh bạch',
      'Nhóm 2. Công khai, minh bạch',
      'Thay đổi so với 2023',
      'Thay đổi hạng',
      'Lý do không xếp hạng',
    ]);
    const first = lines[1] ?? [];
    expect(first.slice(0, 2)).toEqual([1, 'Quảng Ninh']);
    expect(first[2]).toBeCloseTo(47.82, 2);
    expect(first[3]).toBe('Cao');
    expect(lines[63]?.[8]).toBe('Không có điểm năm 2024 trong dữ liệu đã tải');
    expect(lines.at(-2)).toEqual(['Nguồn', SETTINGS.source]);
  });

  it('writes CSV with a BOM, `;` and decimal comma in Vietnamese', () => {
    const text = leagueCsvText(leagueExportRows(rows, SETTINGS, vi), vi);
    expect(text.startsWith('\uFEFFHạng;Tỉnh, thành phố;')).toBe(true);
    expect(text).toMatch(/\r\n1;Quảng Ninh;47,8\d*;Cao;/);
  });

  it('neutralises a name that looks like a formula, in the CSV and in the .xlsx', async () => {
    const first = rows[0];
    if (first === undefined) throw new Error('no rows');
    const attack: LeagueRow = { ...first, nameVi: '=HYPERLINK("http://x","y")' };
    const lines = leagueExportRows([attack], SETTINGS, vi);
    expect(leagueCsvText(lines, vi)).toContain(`'=HYPERLINK(""http://x"",""y"")`);
    const book = XLSX.read(await leagueXlsxBytes(lines, 'Xếp hạng'), { type: 'array' });
    const sheet = book.Sheets[book.SheetNames[0] ?? ''];
    expect(sheet?.B2?.v).toBe(`'=HYPERLINK("http://x","y")`);
    expect(sheet?.B2?.f).toBeUndefined();
    expect(sheet?.C2?.t).toBe('n');
  });
});
