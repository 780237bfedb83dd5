// Writes to the loaded data (import, reset) as react-query mutations: when one succeeds, every cached
// data query is invalidated, so nothing on screen keeps showing the data that was replaced.

import type { MutationOptions, QueryClient } from '@tanstack/react-query';
import { DATA_QUERY_KEY_ROOT } from './data-query-key.ts';

/** Mutation options that run `write` and then invalidate every data query (keys under DATA_QUERY_KEY_ROOT). */
export function dataMutationOptions<TVariables, TResult = void>(
  queryClient: QueryClient,
  write: (variables: TVariables) => Promise<TResult>,
): MutationOptions<TResult, Error, TVariables> {
  return {
    mutationFn: write,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [DATA_QUERY_KEY_ROOT] }),
  };
}
