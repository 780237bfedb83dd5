// A view waits for all of its queries and shows the first failure with one retry for all: decided here once.

/** What a view reads of a react-query result. */
export interface QueryStateLike {
  data: unknown;
  error: Error | null;
  refetch: () => unknown;
}

/** The queries' state as one: loading until every query has data, the first error, a retry of them all. */
export interface CombinedQueryState {
  /** True while any query has no data yet (and none has failed). */
  loading: boolean;
  /** The first query's error, in the order given; null when none failed. */
  error: Error | null;
  /** Asks every query again. */
  retry: () => void;
}

/** Combines a view's queries' loading and error state (pure: reads only the results given). */
export function combineQueryStates(...queries: readonly QueryStateLike[]): CombinedQueryState {
  const error = queries.find((query) => query.error !== null)?.error ?? null;
  return {
    loading: error === null && queries.some((query) => query.data === undefined),
    error,
    retry: () => {
      for (const query of queries) void query.refetch();
    },
  };
}
