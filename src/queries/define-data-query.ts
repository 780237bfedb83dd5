// One question the UI asks of the loaded data, defined once: its react-query key, its options and its
// hook. The key holds the question's name, the connector that answers it, the loaded data's version (a new
// version after an import or a reset, so no answer outlives the data it came from) and the inputs. Its
// shape is decided here only: the first-screen seed reads and rewrites keys with readDataQueryKey and
// dataQueryKey.

import { type QueryKey, queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import type { Connector } from '../db/connector';
import { DATA_QUERY_KEY_ROOT } from './query-client';
import { useReadyConnector } from './use-ready-connector';

/** What a data query key says: which question, answered by which connector, on which data, for which inputs. */
export interface DataQueryKeyParts {
  name: string;
  /** The connector (null before the engine is ready; whatever a stored key holds in its place). */
  conn: unknown;
  dataVersion: number;
  inputs: readonly unknown[];
}

/** The key of question `name` with these inputs: [root, name, connector, { dataVersion }, ...inputs]. */
export function dataQueryKey(
  name: string,
  conn: Connector | null,
  dataVersion: number,
  inputs: readonly unknown[],
): QueryKey {
  return [DATA_QUERY_KEY_ROOT, name, conn, { dataVersion }, ...inputs];
}

/** The parts of a key built by dataQueryKey; null for any other key. */
export function readDataQueryKey(key: QueryKey): DataQueryKeyParts | null {
  const [root, name, conn, version, ...inputs] = key;
  if (root !== DATA_QUERY_KEY_ROOT || typeof name !== 'string' || key.length < 4) return null;
  const dataVersion = (version as { dataVersion?: unknown } | null)?.dataVersion;
  if (typeof dataVersion !== 'number') return null;
  return { name, conn, dataVersion, inputs };
}

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
