// Writes to the loaded data (import, reset) as react-query mutations. A write bumps the data version, which is in
// every data question's key, so the views ask the new data as they move to the new keys; when one succeeds, the
// answers cached under the old keys are marked stale, never fetched again here: the views move to the new keys a
// moment later (a deferred value: session/database-context.tsx), and refetching the old keys meanwhile asked every
// question on screen twice.

import type { MutationOptions, QueryClient } from '@tanstack/react-query';
import { DATA_QUERY_KEY_ROOT } from './data-query-key.ts';

/** Mutation options that run `write` and then mark every data query stale (keys under DATA_QUERY_KEY_ROOT). */
export function dataMutationOptions<TVariables, TResult = void>(
  queryClient: QueryClient,
  write: (variables: TVariables) => Promise<TResult>,
): MutationOptions<TResult, Error, TVariables> {
  return {
    mutationFn: write,
    onSuccess: () => staleDataQueries(queryClient),
  };
}

/** Marks every data query stale without asking it again (see above); resolves at once. */
export function staleDataQueries(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: [DATA_QUERY_KEY_ROOT], refetchType: 'none' });
}
