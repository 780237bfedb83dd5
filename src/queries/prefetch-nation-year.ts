// The Nationwide view switches indicators from memory: once a year's first table and map are drawn, two
// queries fetch every indicator's tile map and every root's league table of that year, and seed the cache each
// single question reads (as the Dimensions view does, prefetch-indicator-views.ts). An indicator switch then
// waits for no engine.

import type { QueryClient } from '@tanstack/react-query';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { Connector } from '../db/connector';
import { fetchNationLeagueTables, nationLeagueTableQuery } from './nation-league-table';
import { fetchNationYearMaps, nationMapQuery } from './nation-map';
import { useReadyConnector } from './use-ready-connector';

/** Every indicator's map and every root's league table of `year`, each under its single question's key. */
export async function prefetchNationYear(
  client: QueryClient,
  conn: Connector,
  dataVersion: number,
  year: number,
): Promise<void> {
  const seed = (key: readonly unknown[], rows: unknown) => {
    if (client.getQueryData(key) === undefined) client.setQueryData(key, rows);
  };
  for (const [root, rows] of await fetchNationLeagueTables(conn, year))
    seed(nationLeagueTableQuery.options(conn, dataVersion, year, root).queryKey, rows);
  for (const [indicator, rows] of await fetchNationYearMaps(conn, year))
    seed(nationMapQuery.options(conn, dataVersion, year, indicator).queryKey, rows);
}

/**
 * Prefetches `year` once `enabled` (after the view's own first answers, so the first screen never waits for
 * it), once per engine, data version and year. Errors are ignored: the single questions still run.
 */
export function usePrefetchNationYear(year: number, enabled: boolean): void {
  const client = useQueryClient();
  const { connector, dataVersion } = useReadyConnector();
  const started = useRef(new WeakMap<Connector, Set<string>>());
  useEffect(() => {
    if (!enabled || connector === null) return;
    const runs = started.current.get(connector) ?? new Set<string>();
    started.current.set(connector, runs);
    const run = `${dataVersion}|${year}`;
    if (runs.has(run)) return;
    runs.add(run);
    prefetchNationYear(client, connector, dataVersion, year).catch(() => runs.delete(run));
  }, [client, connector, dataVersion, year, enabled]);
}
