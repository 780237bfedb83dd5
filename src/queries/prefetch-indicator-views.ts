// The Dimensions view switches indicators in one click: four queries fetch every indicator's panel,
// national spread by year and parts, and every sub-dimension's survey list for the year, at once, and seed the
// cache each single-indicator query reads, so a switch draws from memory instead of waiting for the engine
// (issue 7: a switch within 50 ms). A survey list asked for at a switch answered 16-119 ms later, in the
// window of the switch after it.

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

/**
 * Every indicator's panel, years and (per parent) parts for `provinceCode`, and every sub-dimension's survey list
 * in `year` (none without a year), each under its single query's key.
 */
export async function prefetchIndicatorViews(
  client: QueryClient,
  conn: Connector,
  dataVersion: number,
  provinceCode: string,
  year: number | null,
  { codes, parents, subdimensions }: IndicatorViewCodes,
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
  if (year === null) return;
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

/**
 * Prefetches once per data version, province and year, after the view's own first queries; errors are ignored
 * (the single queries still run). Returns whether every indicator is in memory.
 */
export function usePrefetchIndicatorViews(
  provinceCode: string,
  year: number | null,
  { codes, parents, subdimensions }: IndicatorViewCodes,
  enabled: boolean,
): boolean {
  const client = useQueryClient();
  const [doneFor, setDoneFor] = useState<string | null>(null);
  const { connector, dataVersion } = useReadyConnector();
  const codeKey = codes.join(',');
  const parentKey = parents.join(',');
  const subdimensionKey = subdimensions.join(',');
  const runKey = `${String(connector)}|${dataVersion}|${provinceCode}|${year}|${codeKey}|${parentKey}|${subdimensionKey}`;
  useEffect(() => {
    if (!enabled || connector === null) return;
    let current = true;
    const list = (key: string) => (key === '' ? [] : key.split(','));
    prefetchIndicatorViews(client, connector, dataVersion, provinceCode, year, {
      codes: list(codeKey),
      parents: list(parentKey),
      subdimensions: list(subdimensionKey),
    })
      .then(() => {
        if (current) setDoneFor(runKey);
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [
    client,
    connector,
    dataVersion,
    provinceCode,
    year,
    codeKey,
    parentKey,
    subdimensionKey,
    enabled,
    runKey,
  ]);
  return doneFor === runKey;
}
