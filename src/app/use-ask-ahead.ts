// A choice's first questions asked at the choice, before React renders it. The render of the shell and the view
// takes 30-110 ms on this project's test machine (more on an office PC) before the view's hooks ask, while the
// engine sits idle: asked at once, the answers are under way meanwhile. Each is the hooks' own question (the same
// options, so the same key): the hooks take its answer, or the one under way, and never ask twice.

import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Connector } from '../db/connector.ts';
import { sameUnitInOtherMap, type MapProvince } from '../domain/province-lineage.ts';
import { overviewQuestions } from '../queries/overview-questions.ts';
import { useReadyConnectorNow } from '../queries/use-ready-connector.ts';
import { yearOptionsQuery, type YearOption } from '../queries/scored-years.ts';
import { resolveProvince, resolveSelection } from '../state/resolve-selection.ts';
import type { UrlState } from '../state/url-state.ts';
import { unitSelectionData } from './unit-selection-data.ts';

/**
 * Asks ahead for the state `next` about to be shown: the unit's year options, as the shell asks them (unless the
 * cache has them), then, on the Overview, its questions for the year the state resolves to (resolveSelection, as
 * the shell resolves it). Nothing before the engine is ready: the first-screen seed answers then.
 */
export function useAskAhead(provinces: readonly MapProvince[] | undefined): (next: UrlState) => void {
  const queryClient = useQueryClient();
  const readyNow = useReadyConnectorNow();
  return useCallback(
    (next: UrlState) => {
      // The store's connector, not the views' deferred one: a choice made as the engine becomes ready (or new data
      // comes) is rendered with it.
      const { connector, dataVersion } = readyNow();
      if (connector === null || provinces === undefined) return;
      // A failure is the hooks' to show, when they ask the same question.
      askAhead(queryClient, connector, dataVersion, provinces, next).catch(() => undefined);
    },
    [queryClient, readyNow, provinces],
  );
}

/**
 * The years of `code`, from the cache when there (the seed's: prerender/seeded-database-store.ts carries them into
 * the entry as it is made), then without a microtask's wait, which would come after the choice's render; else asked.
 */
function yearsOf(
  client: QueryClient,
  conn: Connector,
  dataVersion: number,
  code: string,
): readonly YearOption[] | Promise<readonly YearOption[]> {
  const options = yearOptionsQuery.options(conn, dataVersion, code);
  const entry = client.getQueryCache().build<YearOption[]>(client, { queryKey: options.queryKey });
  return entry.state.data ?? client.fetchQuery(options);
}

function askAhead(
  client: QueryClient,
  conn: Connector,
  dataVersion: number,
  provinces: readonly MapProvince[],
  next: UrlState,
): Promise<void> {
  const requested = resolveProvince(next.province, provinces);
  const sameUnitCode = sameUnitInOtherMap(provinces, requested);
  const own = yearsOf(client, conn, dataVersion, requested);
  const other = sameUnitCode === null ? null : yearsOf(client, conn, dataVersion, sameUnitCode);
  const askView = (ownYears: readonly YearOption[], otherYears: readonly YearOption[] | null): void => {
    if (next.view !== 'overview') return;
    const data = unitSelectionData(
      provinces,
      ownYears,
      sameUnitCode === null ? null : { code: sameUnitCode, options: otherYears ?? undefined },
    );
    const { state, year } = resolveSelection({ state: next, invalid: {} }, data);
    if (year === null) return;
    for (const question of overviewQuestions(conn, dataVersion, state.province, year))
      void client.prefetchQuery(question);
  };
  // Both known: the view's questions go now, in the choice's own event, ahead of its render.
  if (!(own instanceof Promise) && !(other instanceof Promise)) return Promise.resolve(askView(own, other));
  return Promise.all([own, other]).then(([ownYears, otherYears]) => askView(ownYears, otherYears));
}
