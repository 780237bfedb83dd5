// The Nationwide view's prefetch against the bundled data (real DuckDB): two queries seed, for a year, the very
// rows each indicator's tile map and each root's league table would fetch on their own, so a switch reads them
// from memory and shows the same figures.
import { QueryClient } from '@tanstack/react-query';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector';
import { sql } from '../../src/db/sql';
import { fetchNationLeagueTable, nationLeagueTableQuery } from '../../src/queries/nation-league-table';
import { fetchNationMap, nationMapQuery } from '../../src/queries/nation-map';
import { prefetchNationYear } from '../../src/queries/prefetch-nation-year';
import { createLoadedConnector } from '../helpers/data-files';

const DATA_VERSION = 1;
let conn: Connector;
beforeAll(async () => {
  conn = await createLoadedConnector();
});
afterAll(async () => {
  await conn.close();
});

/** The indicators `year` scored, and the league table's roots among them (the total and the dimensions). */
async function scoredIn(year: number) {
  const rows = await conn.query<{ code: string; level: string }>(sql`
    SELECT DISTINCT indicator AS code, level FROM indicator_standing WHERE year = ${year} ORDER BY code`);
  return {
    codes: rows.map((row) => row.code),
    roots: rows.filter((row) => row.level !== 'subdimension').map((row) => row.code),
  };
}

describe('prefetchNationYear', () => {
  it.each([2024, 2016])(
    'seeds every indicator’s map and every root’s league table of %i with the rows their own queries give',
    async (year) => {
      const client = new QueryClient();
      await prefetchNationYear(client, conn, DATA_VERSION, year);
      const { codes, roots } = await scoredIn(year);
      expect(roots).toEqual(year === 2016 ? ['1', '2', '3', '4', '5', '6', 'total'] : expect.any(Array));
      expect(codes.length).toBeGreaterThan(roots.length);
      for (const code of codes) {
        const key = nationMapQuery.options(conn, DATA_VERSION, year, code).queryKey;
        expect(client.getQueryData(key), `map of ${code}`).toEqual(await fetchNationMap(conn, year, code));
      }
      for (const root of roots) {
        const key = nationLeagueTableQuery.options(conn, DATA_VERSION, year, root).queryKey;
        const own = await fetchNationLeagueTable(conn, year, root);
        expect(client.getQueryData(key), `league table of ${root}`).toEqual(own);
      }
      // Spot checks on the published 2024 figures, through the seeded rows (not only "equal to the query").
      if (year === 2024) {
        const total = client.getQueryData(
          nationLeagueTableQuery.options(conn, DATA_VERSION, 2024, 'total').queryKey,
        ) as Awaited<ReturnType<typeof fetchNationLeagueTable>>;
        const dakNong = total.find((row) => row.provinceCode === 'P43' && row.indicator === 'total');
        expect(dakNong).toMatchObject({ rank: 58, scoredCount: 61 });
        expect(dakNong?.score).toBeCloseTo(40.54, 2);
        expect(new Set(total.map((row) => row.indicator))).toEqual(
          new Set(['total', '1', '2', '3', '4', '5', '6', '7', '8', null]),
        );
      }
    },
  );

  it('leaves an answer already in the cache as it is', async () => {
    const client = new QueryClient();
    const key = nationMapQuery.options(conn, DATA_VERSION, 2024, '2').queryKey;
    const kept = (await fetchNationMap(conn, 2024, '2')).slice(0, 1);
    client.setQueryData(key, kept);
    await prefetchNationYear(client, conn, DATA_VERSION, 2024);
    expect(client.getQueryData(key)).toBe(kept);
  });
});
