// The map's questions against the bundled data (the published PAPI 2024 figures) and a small 2025 file on the
// new map: every unit of the year's map, once per indicator, with the standing indicator_standing gives it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector.ts';
import { sql } from '../../src/db/sql.ts';
import { loadTables } from '../../src/ingest/load-tables.ts';
import { fetchNationLeagueTable } from '../../src/queries/nation-league-table.ts';
import { fetchNationDimensionsMap, fetchNationMap, type NationMapRow } from '../../src/queries/nation-map.ts';
import { createLoadedConnector } from '../helpers/data-files.ts';

let conn: Connector;
beforeAll(async () => {
  conn = await createLoadedConnector();
});
afterAll(async () => {
  await conn.close();
});

const scored = (rows: readonly NationMapRow[]) => rows.filter((row) => row.score !== null);

describe('fetchNationMap', () => {
  it('gives every one of the 63 old units for 2024: 61 scored, Quảng Ninh first with 47.82, Đắk Nông 58th', async () => {
    const rows = await fetchNationMap(conn, 2024, 'total');
    expect(rows).toHaveLength(63);
    expect(new Set(rows.map((row) => row.code)).size).toBe(63);
    expect(rows.every((row) => row.unitKind === 'old' && row.indicator === 'total')).toBe(true);
    expect(scored(rows)).toHaveLength(61);
    const quangNinh = rows.find((row) => row.nameVi === 'Quảng Ninh');
    expect(quangNinh).toMatchObject({ rank: 1, scoredCount: 61, group: 'high' });
    expect(quangNinh?.score).toBeCloseTo(47.82, 2);
    expect(rows.find((row) => row.code === 'P43')).toMatchObject({ rank: 58, scoredCount: 61, group: 'low' });
  });

  it('leaves the units the year did not score on the map with no score, rank or group (never 0)', async () => {
    const unscored = (await fetchNationMap(conn, 2024, 'total')).filter((row) => row.score === null);
    expect(unscored).toHaveLength(2);
    for (const row of unscored) expect(row).toMatchObject({ rank: null, group: null, scoredCount: null });
    // The cuts are the year's, so a strip can still draw them beside an unscored unit.
    expect(unscored.every((row) => row.median !== null)).toBe(true);
  });

  it('gives each unit the group and cuts indicator_standing holds for it, on a dimension too', async () => {
    const rows = await fetchNationMap(conn, 2024, '2');
    const standing = await conn.query<{ code: string; group: string; p25: number; median: number }>(sql`
      SELECT province_code AS code, papi_group AS "group", p25, median FROM indicator_standing
      WHERE year = 2024 AND indicator = '2'`);
    expect(scored(rows)).toHaveLength(standing.length);
    for (const row of standing) {
      expect(rows.find((r) => r.code === row.code)).toMatchObject({
        group: row.group,
        p25: row.p25,
        median: row.median,
      });
    }
    // Four groups, each about a quarter of the 61.
    const sizes = ['high', 'upper_middle', 'lower_middle', 'low'].map(
      (group) => rows.filter((row) => row.group === group).length,
    );
    expect(sizes.every((size) => size >= 14 && size <= 17)).toBe(true);
  });

  it('orders the groups by the quartile cuts: a high unit at or above p75, a low one below p25', async () => {
    for (const row of scored(await fetchNationMap(conn, 2024, 'total'))) {
      const score = row.score ?? Number.NaN;
      if (row.group === 'high') expect(score).toBeGreaterThanOrEqual(row.p75 ?? Number.NaN);
      if (row.group === 'low') expect(score).toBeLessThan(row.p25 ?? Number.NaN);
    }
  });
});

describe('fetchNationDimensionsMap', () => {
  it('gives the 8 dimensions of 2024 for all 63 units', async () => {
    const rows = await fetchNationDimensionsMap(conn, 2024);
    expect([...new Set(rows.map((row) => row.indicator))]).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(rows).toHaveLength(8 * 63);
  });

  it('gives the 6 dimensions of 2016 (before environment and e-governance were added)', async () => {
    const rows = await fetchNationDimensionsMap(conn, 2016);
    expect([...new Set(rows.map((row) => row.indicator))]).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(scored(rows).filter((row) => row.indicator === '1')).toHaveLength(63);
  });
});

describe('a year of the new map', () => {
  let newMap: Connector;
  beforeAll(async () => {
    newMap = await createLoadedConnector();
    // Three of the 34 new units scored in 2025 (an import would bring all of them).
    const csv = [
      'province_code,year,indicator,score,source',
      '68,2025,total,44.1,test',
      '79,2025,total,46.2,test',
      '01,2025,total,42.3,test',
      'P43,2024,total,40.54,test',
    ].join('\n');
    await loadTables(newMap, { score_rows: csv }, { sources: { score_rows: 'test' } });
  });
  afterAll(async () => {
    await newMap.close();
  });

  it('draws 2025 on the 34 new units, ranked among themselves', async () => {
    const rows = await fetchNationMap(newMap, 2025, 'total');
    expect(rows).toHaveLength(34);
    expect(rows.every((row) => row.unitKind === 'new')).toBe(true);
    expect(scored(rows).map((row) => [row.code, row.rank, row.scoredCount])).toEqual([
      ['01', 3, 3],
      ['68', 2, 3],
      ['79', 1, 3],
    ]);
  });

  it('still draws 2024 on the 63 old units', async () => {
    const rows = await fetchNationMap(newMap, 2024, 'total');
    expect(rows).toHaveLength(63);
    expect(scored(rows).map((row) => row.code)).toEqual(['P43']);
  });
});

describe('a year with units of both maps scored (data written by hand, not through an import)', () => {
  let mixed: Connector;
  beforeAll(async () => {
    mixed = await createLoadedConnector();
    // Three old units and one new unit in 2024: the year's map is the old one, for the map and the table alike.
    const csv = [
      'province_code,year,indicator,score,source',
      'P01,2024,total,44.1,test',
      'P02,2024,total,41.2,test',
      'P43,2024,total,40.54,test',
      '68,2024,total,46.2,test',
    ].join('\n');
    await loadTables(mixed, { score_rows: csv }, { sources: { score_rows: 'test' } });
  });
  afterAll(async () => {
    await mixed.close();
  });

  it('draws and lists the year on the map most of its scored units belong to, the same for map and table', async () => {
    const map = await fetchNationMap(mixed, 2024, 'total');
    const table = await fetchNationLeagueTable(mixed, 2024, 'total');
    expect(map).toHaveLength(63);
    expect(map.every((row) => row.unitKind === 'old')).toBe(true);
    expect(scored(map).map((row) => row.code)).toEqual(['P01', 'P02', 'P43']);
    expect(new Set(table.map((row) => row.provinceCode))).toEqual(new Set(map.map((row) => row.code)));
  });
});
