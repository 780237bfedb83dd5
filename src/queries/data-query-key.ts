// The shape of a data query's react-query key, decided here only: [root, question, connector,
// { dataVersion }, ...inputs]. The data version changes after an import or a reset, so no answer outlives
// the data it came from. Free of React and react-query: the first-screen seed reads and rewrites keys
// from the entry chunk.

import type { Connector } from '../db/connector.ts';

/** First element of every data query key, so all data queries can be invalidated together. */
export const DATA_QUERY_KEY_ROOT = 'papi-data';

/** What a data query key says: which question, answered by which connector, on which data, for which inputs. */
export interface DataQueryKeyParts {
  name: string;
  /** The connector (null before the engine is ready; whatever a stored key holds in its place). */
  conn: unknown;
  dataVersion: number;
  inputs: readonly unknown[];
}

/** The key of question `name` with these inputs. */
export function dataQueryKey(
  name: string,
  conn: Connector | null,
  dataVersion: number,
  inputs: readonly unknown[],
): readonly unknown[] {
  return [DATA_QUERY_KEY_ROOT, name, conn, { dataVersion }, ...inputs];
}

/** The parts of a key built by dataQueryKey; null for any other key. */
export function readDataQueryKey(key: readonly unknown[]): DataQueryKeyParts | null {
  const [root, name, conn, version, ...inputs] = key;
  if (root !== DATA_QUERY_KEY_ROOT || typeof name !== 'string' || key.length < 4) return null;
  const dataVersion = (version as { dataVersion?: unknown } | null)?.dataVersion;
  if (typeof dataVersion !== 'number') return null;
  return { name, conn, dataVersion, inputs };
}
