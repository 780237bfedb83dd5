// The Dimensions view switches indicators in one click: three queries fetch every indicator's panel,
// national spread by year and parts at once, and seed the cache each single-indicator query reads, so a
// switch draws from memory instead of waiting for the engine (issue 7: a switch within 50 ms).

import type { QueryClient } from '@tanstack/react-query';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { Connector } from '../db/connector.ts';
import type { IndicatorCode } from '../domain/types.ts';
import {
  type IndicatorChildPoint,
  indicatorChildrenQuery,
  indicatorChildrenSql,
} from './indicator-children.ts';
import { type IndicatorPanelRow, indicatorPanelQuery, indicatorPanelSql } from './indicator-panel.ts';
import { type IndicatorYear, indicatorYearsQuery, indicatorYearsSql } from './indicator-years.ts';
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

/** Every indicator's panel, years and (per parent) parts for `provinceCode`, each under its single query's key. */
export async function prefetchIndicatorViews(
  client: QueryClient,
  conn: Connector,
  dataVersion: number,
  provinceCode: string,
  codes: readonly IndicatorCode[],
  parents: readonly IndicatorCode[],
): Promise<void> {
  const seed = <T>(key: readonly unknown[], rows: T[]) => {
    if (client.getQueryData(key) === undefined) client.setQueryData(key, rows);
  };
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

/**
 * Prefetches once per data version and province, after the view's own first queries; errors are ignored
 * (the single queries still run). Returns whether every indicator is in memory.
 */
export function usePrefetchIndicatorViews(
  provinceCode: string,
  codes: readonly IndicatorCode[],
  parents: readonly IndicatorCode[],
  enabled: boolean,
): boolean {
  const client = useQueryClient();
  const [doneFor, setDoneFor] = useState<string | null>(null);
  const { connector, dataVersion } = useReadyConnector();
  const codeKey = codes.join(',');
  const parentKey = parents.join(',');
  const runKey = `${String(connector)}|${dataVersion}|${provinceCode}|${codeKey}|${parentKey}`;
  useEffect(() => {
    if (!enabled || connector === null) return;
    let current = true;
    prefetchIndicatorViews(
      client,
      connector,
      dataVersion,
      provinceCode,
      codeKey.split(','),
      parentKey.split(','),
    )
      .then(() => {
        if (current) setDoneFor(runKey);
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [client, connector, dataVersion, provinceCode, codeKey, parentKey, enabled, runKey]);
  return doneFor === runKey;
}
