import { describe, expect, it } from 'vitest';
import { combineQueryStates, type QueryStateLike } from '../../src/views/shared/combine-query-states.ts';

/** A query result as react-query hands it to a view, counting its refetches. */
function query(data: unknown, error: Error | null = null): QueryStateLike & { refetches: number } {
  const result = {
    data,
    error,
    refetches: 0,
    refetch: () => {
      result.refetches += 1;
    },
  };
  return result;
}

describe('combineQueryStates', () => {
  it('is loading until every query has its data', () => {
    expect(combineQueryStates(query([1]), query(undefined)).loading).toBe(true);
    expect(combineQueryStates(query([1]), query(null)).loading).toBe(false);
  });

  it('shows the first failure in the order given, not loading', () => {
    const first = new Error('first');
    const state = combineQueryStates(
      query(undefined),
      query(undefined, first),
      query(undefined, new Error('b')),
    );
    expect(state.error).toBe(first);
    expect(state.loading).toBe(false);
  });

  it('has no error when every query succeeded', () => {
    expect(combineQueryStates(query([]), query(0)).error).toBeNull();
  });

  it('retries every query, failed or not', () => {
    const queries = [query([1]), query(undefined, new Error('x'))];
    combineQueryStates(...queries).retry();
    expect(queries.map((q) => q.refetches)).toEqual([1, 1]);
  });
});
