// The first-screen seed: react-query's dehydrated state of the first screen's answers, computed at
// build time from the bundled data (data/scripts/build-first-screen-seed.ts) and shipped as one small
// JSON file. Keys are stored as the app asks before the engine is ready: connector null, data version 0.
// Pure helpers shared by the build, the browser and the tests.

import type { DehydratedState, QueryKey } from '@tanstack/react-query';
import type { Connector } from '../db/connector.ts';
import { dataQueryKey, readDataQueryKey } from '../queries/data-query-key.ts';

/** The seed's file name in dist/ (next to index.html). */
export const FIRST_SCREEN_SEED_FILE = 'first-screen.json';

/**
 * first-screen.json: the dehydrated answers, with the version of what they were computed from (the bundled data,
 * the app's questions and SQL, the engine), which the build also gives the app (virtual:first-screen-seed-version).
 */
export interface FirstScreenSeedFile extends DehydratedState {
  readonly version: string;
}

/** The data version the app's keys carry before the engine has loaded anything. */
export const PRE_READY_DATA_VERSION = 0;

/**
 * When the seed's answers count as answered (react-query's dataUpdatedAt). react-query's hydrate only
 * overwrites an answer older than the seed's, and a question the page asked before the seed arrived is
 * empty with dataUpdatedAt 0: on a repeat visit the cached app renders first, so at 0 the seed was
 * skipped for the header's questions and the first figures waited for the engine (issue 24). Only its
 * order against 0 matters, so a constant rather than the build's clock.
 */
export const SEED_ANSWERED_AT = 1;

/** The same question asked with another connector and data version (null when the key is not a data key). */
export function rekey(key: QueryKey, conn: Connector | null, dataVersion: number): QueryKey | null {
  const parts = readDataQueryKey(key);
  return parts === null ? null : dataQueryKey(parts.name, conn, dataVersion, parts.inputs);
}

/** Whether `key` is a data question asked before the engine was ready (no connector, data version 0), as the seed stores it. */
export function isPreReadyKey(key: QueryKey): boolean {
  const parts = readDataQueryKey(key);
  return parts !== null && parts.conn === null && parts.dataVersion === PRE_READY_DATA_VERSION;
}
