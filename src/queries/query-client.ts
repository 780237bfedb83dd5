// react-query defaults for the whole app: the data only changes when the user imports or resets
// (and then the data version in every key changes), so results never go stale on their own.

import { QueryClient } from '@tanstack/react-query';

/** Creates the app's QueryClient with the defaults above. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        gcTime: 10 * 60 * 1000,
        retry: false,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        networkMode: 'always', // queries run in the browser's own DuckDB: being offline does not matter
      },
      mutations: { retry: false, networkMode: 'always' },
    },
  });
}

/** First element of every data query key (defined with the key's shape). */
export { DATA_QUERY_KEY_ROOT } from './data-query-key.ts';
