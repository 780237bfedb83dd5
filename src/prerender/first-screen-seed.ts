// The first-screen seed: react-query's dehydrated state of the first screen's answers, computed at
// build time from the bundled data (data/scripts/build-first-screen-seed.ts) and shipped as one small
// JSON file. Keys are stored as the app asks before the engine is ready: connector null, data version 0.
// Pure helpers shared by the build, the browser and the tests.

import type { QueryKey } from '@tanstack/react-query';
import type { Connector } from '../db/connector';

/** The seed's file name in dist/ (next to index.html). */
export const FIRST_SCREEN_SEED_FILE = 'first-screen.json';

/** The data version the app's keys carry before the engine has loaded anything. */
export const PRE_READY_DATA_VERSION = 0;

/** A data query key: [root, question, connector, { dataVersion, ...inputs }]. */
type DataQueryKey = readonly [string, string, unknown, Record<string, unknown>];

function isDataQueryKey(key: QueryKey): key is DataQueryKey {
  const params = key[3];
  return key.length === 4 && typeof key[1] === 'string' && typeof params === 'object' && params !== null;
}

/** The same question asked with another connector and data version (null when the key is not a data key). */
export function rekey(key: QueryKey, conn: Connector | null, dataVersion: number): QueryKey | null {
  if (!isDataQueryKey(key)) return null;
  const [root, question, , params] = key;
  return [root, question, conn, { ...params, dataVersion }];
}
