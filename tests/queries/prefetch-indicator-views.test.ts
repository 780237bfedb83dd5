import { QueryClient } from '@tanstack/react-query';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector.ts';
import { sql } from '../../src/db/sql.ts';
import { fetchIndicatorChildren, indicatorChildrenQuery } from '../../src/queries/indicator-children.ts';
import { fetchIndicatorPanel, indicatorPanelQuery } from '../../src/queries/indicator-panel.ts';
import { fetchIndicatorYears, indicatorYearsQuery } from '../../src/queries/indicator-years.ts';
import { groupRowsBy, prefetchIndicatorViews } from '../../src/queries/prefetch-indicator-views.ts';
import { createLoadedConnector } from '../helpers/data-files.ts';

let conn: Connector;
let codes: string[];
let parents: string[];
beforeAll(async () => {
  conn = await createLoadedConnector();
  const indicators = await conn.query<{ code: string; parent: string | null }>(
    sql`SELECT code, parent FROM indicators ORDER BY code`,
  );
  codes = indicators.map((i) => i.code);
  parents = [...new Set(indicators.flatMap((i) => (i.parent === null ? [] : [i.parent])))];
});
afterAll(async () => {
  await conn.close();
});

describe('prefetchIndicatorViews', () => {
  it("seeds every indicator's panel, years and parts with exactly what its own query returns (Đắk Nông)", async () => {
    const client = new QueryClient();
    await prefetchIndicatorViews(client, conn, 7, 'P43', { codes, parents });
    expect(codes.length).toBeGreaterThan(30);
    for (const code of codes) {
      const panel = client.getQueryData(indicatorPanelQuery.options(conn, 7, code).queryKey);
      expect(panel, `panel of ${code}`).toEqual(await fetchIndicatorPanel(conn, code));
      const years = client.getQueryData(indicatorYearsQuery.options(conn, 7, code).queryKey);
      expect(years, `years of ${code}`).toEqual(await fetchIndicatorYears(conn, code));
    }
    for (const parent of parents) {
      const parts = client.getQueryData(indicatorChildrenQuery.options(conn, 7, 'P43', parent).queryKey);
      expect(parts, `parts of ${parent}`).toEqual(await fetchIndicatorChildren(conn, 'P43', parent));
      expect((parts as unknown[]).length, `parts of ${parent}`).toBeGreaterThan(0);
    }
  });

  it('never overwrites what a query already holds', async () => {
    const client = new QueryClient();
    const key = indicatorPanelQuery.options(conn, 7, '1').queryKey;
    client.setQueryData(key, []);
    await prefetchIndicatorViews(client, conn, 7, 'P43', { codes, parents });
    expect(client.getQueryData(key)).toEqual([]);
  });

  it('groups rows by a column, dropping it and keeping the order', () => {
    const grouped = groupRowsBy(
      [
        { indicator: 'a', year: 1 },
        { indicator: 'b', year: 1 },
        { indicator: 'a', year: 2 },
      ],
      'indicator',
    );
    expect([...grouped.entries()]).toEqual([
      ['a', [{ year: 1 }, { year: 2 }]],
      ['b', [{ year: 1 }]],
    ]);
  });
});
