// The Dimensions view switches indicators in one click: four queries fetch every indicator's panel,
// national spread by year and parts, and every sub-dimension's survey list for the year, at once, and seed the
// cache each single-indicator query reads, so a switch draws from memory instead of waiting for the engine
// (issue 7: a switch within 50 ms). A survey list asked for at a switch answered 16-119 ms later, in the
// window of the switch after it.

import type { QueryClient } from '@tanstack/react-query';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Connector } from '../db/connector.ts';
import type { IndicatorCode } from '../domain/types.ts';
import {
  type IndicatorChildPoint,
  indicatorChildrenQuery,
  indicatorChildrenSql,
} from './indicator-children.ts';
import { type IndicatorPanelRow, indicatorPanelQuery, indicatorPanelSql } from './indicator-panel.ts';
import { type IndicatorYear, indicatorYearsQuery, indicatorYearsSql } from './indicator-years.ts';
import { type SurveyIndicatorLine, surveyIndicatorsQuery, surveyIndicatorsSql } from './survey-indicators.ts';
import { useReadyConnector } from './use-ready-connector.ts';

/** Rows grouped by `key` (the column the batched SQL adds), the column removed, order kept. */
export function groupRowsBy<K extends string, T extends Record<K, string>>(
  rows: readonly T[],
  key: K,
): Map<string, Omit<T, K>[]> {
  const groups = new Map<string, Omit<T, K>[]>();
  for (const row of rows) {
    const { [key]: group, ...rest } = row;
    const list = groups.get(group) ?? [];
    list.push(rest);
    groups.set(group, list);
  }
  return groups;
}

/** What the Dimensions view can switch to: its indicators, the parents of parts, the sub-dimensions. */
export interface IndicatorViewCodes {
  readonly codes: readonly IndicatorCode[];
  readonly parents: readonly IndicatorCode[];
  readonly subdimensions: readonly IndicatorCode[];
}

/** Seeds `key` with `rows` unless its query already holds an answer. */
const seeder =
  (client: QueryClient) =>
  <T>(key: readonly unknown[], rows: T[]): void => {
    if (client.getQueryData(key) === undefined) client.setQueryData(key, rows);
  };

/** Every indicator's panel, years and (per parent) parts for `provinceCode`, each under its single query's key. */
export async function prefetchIndicatorViews(
  client: QueryClient,
  conn: Connector,
  dataVersion: number,
  provinceCode: string,
  { codes, parents }: Pick<IndicatorViewCodes, 'codes' | 'parents'>,
): Promise<void> {
  const seed = seeder(client);
  const panels = groupRowsBy(
    await conn.query<IndicatorPanelRow & { indicator: string }>(indicatorPanelSql(null)),
    'indicator',
  );
  const years = groupRowsBy(
    await conn.query<IndicatorYear & { indicator: string }>(indicatorYearsSql(null)),
    'indicator',
  );
  for (const code of codes) {
    seed(indicatorPanelQuery.options(conn, dataVersion, code).queryKey, panels.get(code) ?? []);
    seed(indicatorYearsQuery.options(conn, dataVersion, code).queryKey, years.get(code) ?? []);
  }
  const children = groupRowsBy(
    await conn.query<IndicatorChildPoint & { parent: string }>(indicatorChildrenSql(provinceCode, null)),
    'parent',
  );
  for (const parent of parents) {
    seed(
      indicatorChildrenQuery.options(conn, dataVersion, provinceCode, parent).queryKey,
      children.get(parent) ?? [],
    );
  }
}

/** Every sub-dimension's survey list for `provinceCode` in `year` (none without a year), under its single query's key. */
export async function prefetchSurveyLists(
  client: QueryClient,
  conn: Connector,
  dataVersion: number,
  provinceCode: string,
  year: number | null,
  subdimensions: readonly IndicatorCode[],
): Promise<void> {
  if (year === null) return;
  const seed = seeder(client);
  const surveys = groupRowsBy(
    await conn.query<SurveyIndicatorLine & { subdimension: string }>(
      surveyIndicatorsSql(provinceCode, year, null),
    ),
    'subdimension',
  );
  for (const code of subdimensions) {
    seed(
      surveyIndicatorsQuery.options(conn, dataVersion, provinceCode, year, code).queryKey,
      surveys.get(code) ?? [],
    );
  }
}

type Prefetch = (client: QueryClient, conn: Connector, dataVersion: number) => Promise<void>;

/**
 * Runs `prefetch` once per connector, data version and `key` (null: not yet); errors are ignored (the single
 * queries still run). Returns whether it has run for the current ones.
 */
function usePrefetchOnce(key: string | null, prefetch: Prefetch): boolean {
  const client = useQueryClient();
  const [doneFor, setDoneFor] = useState<string | null>(null);
  const { connector, dataVersion } = useReadyConnector();
  const runKey = key === null || connector === null ? null : `${String(connector)}|${dataVersion}|${key}`;
  // The key names everything the prefetch reads: a new closure with the same key runs nothing again.
  const latest = useRef(prefetch);
  useLayoutEffect(() => {
    latest.current = prefetch;
  });
  useEffect(() => {
    if (runKey === null || connector === null) return;
    let current = true;
    latest
      .current(client, connector, dataVersion)
      .then(() => {
        if (current) setDoneFor(runKey);
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [client, connector, dataVersion, runKey]);
  return runKey !== null && doneFor === runKey;
}

/**
 * Prefetches, after the view's own first queries (`enabled`), every indicator once per province and every
 * survey list once per province and year (a year switch asks for the lists alone). Returns whether both are in memory.
 */
export function usePrefetchIndicatorViews(
  provinceCode: string,
  year: number | null,
  { codes, parents, subdimensions }: IndicatorViewCodes,
  enabled: boolean,
): boolean {
  const views = usePrefetchOnce(
    enabled ? `${provinceCode}|${codes.join(',')}|${parents.join(',')}` : null,
    (client, conn, dataVersion) =>
      prefetchIndicatorViews(client, conn, dataVersion, provinceCode, { codes, parents }),
  );
  const surveys = usePrefetchOnce(
    enabled ? `${provinceCode}|${year}|${subdimensions.join(',')}` : null,
    (client, conn, dataVersion) =>
      prefetchSurveyLists(client, conn, dataVersion, provinceCode, year, subdimensions),
  );
  return views && surveys;
}
