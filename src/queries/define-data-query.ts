// One question the UI asks of the loaded data, defined once: its react-query key (data-query-key.ts: the
// question's name, the connector, the loaded data's version and the inputs), its options and its hook.

import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import type { Connector } from '../db/connector.ts';
import { dataQueryKey } from './data-query-key.ts';
import { useReadyConnector } from './use-ready-connector.ts';

/**
 * Defines the question `name`, answered by `fetcher` (the connector first, then the inputs): its `options`
 * (for prefetching and seeding) and its hooks `use(...inputs)` and `useWhen(enabled, ...inputs)`.
 */
export function defineDataQuery<TInputs extends unknown[], TData>(
  name: string,
  fetcher: (conn: Connector, ...inputs: TInputs) => Promise<TData>,
) {
  /** react-query options of the question for these inputs; disabled while `conn` is null. */
  const options = (conn: Connector | null, dataVersion: number, ...inputs: TInputs) =>
    queryOptions({
      queryKey: dataQueryKey(name, conn, dataVersion, inputs),
      queryFn: conn === null ? skipToken : () => fetcher(conn, ...inputs),
    });
  /** The answer for these inputs once the database is ready, held back while `enabled` is false. */
  function useDataQueryWhen(enabled: boolean, ...inputs: TInputs) {
    const { connector, dataVersion } = useReadyConnector();
    return useQuery({ ...options(connector, dataVersion, ...inputs), enabled });
  }
  /** The answer for these inputs, once the database is ready. */
  function useDataQuery(...inputs: TInputs) {
    return useDataQueryWhen(true, ...inputs);
  }
  return { name, options, use: useDataQuery, useWhen: useDataQueryWhen };
}
