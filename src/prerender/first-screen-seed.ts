// The first-screen seed: react-query's dehydrated state of the first screen's answers, computed at
// build time from the bundled data (data/scripts/build-first-screen-seed.ts) and shipped as a few JSON files,
// its parts. Keys are stored as the app asks before the engine is ready: connector null, data version 0.
// Pure helpers shared by the build, the browser and the tests.

import type { DehydratedState, QueryKey } from '@tanstack/react-query';
import type { Connector } from '../db/connector.ts';
import { DEFAULT_PROVINCE_CODE } from '../domain/papi.ts';
import { dataQueryKey, readDataQueryKey } from '../queries/data-query-key.ts';
import { provinceNamedIn, viewNamedIn } from '../state/named-in-url.ts';
import type { ViewId } from '../state/view-ids.ts';

/**
 * The seed's parts, a file each, so that a page reads only what its first screen shows: the whole seed is 1.8 MB
 * of JSON, which the main thread parsed and hydrated before the first figures (~35 ms on the test machine, four
 * times that on a phone), and the default province's Overview reads 71 KB of it.
 * - common: what every view asks (provinces, indicators, datasets, the progress's provenance), and every unit's
 *   years, which a choice of unit asks first (seeded-database-store.ts: CARRIED_WHEN_ASKED);
 * - the Overview's questions of the default province, and those of every other province;
 * - the Nationwide view's; the default province's Dimensions, Plan and Scores vs tasks (one part: they share
 *   questions).
 */
export const SEED_PARTS = [
  'common',
  'overview-default-province',
  'overview-other-provinces',
  'nation',
  'default-province-views',
] as const;

export type SeedPart = (typeof SEED_PARTS)[number];

/** A part's file in dist/ (next to index.html). */
export const seedPartFile = (part: SeedPart): string => `first-screen/${part}.json`;

/** The part that holds the Overview's questions of `provinceCode`. */
export const overviewSeedPart = (provinceCode: string): SeedPart =>
  provinceCode === DEFAULT_PROVINCE_CODE ? 'overview-default-province' : 'overview-other-provinces';

/** The parts of each view's own questions, beyond the Overview's (which every view's header asks). */
const VIEW_SEED_PART: Partial<Record<ViewId, SeedPart>> = {
  nation: 'nation',
  dimensions: 'default-province-views',
  plan: 'default-province-views',
  'scores-vs-tasks': 'default-province-views',
};

/**
 * The parts that answer the first screen of `view` for `provinceCode`. The default province's views are the
 * default province's answers (but for the Dimensions view's panel, which another province's page would ask
 * too: not worth reading 422 KB for).
 */
export function seedPartsFor(view: ViewId, provinceCode: string): SeedPart[] {
  const own = VIEW_SEED_PART[view];
  const ownApplies = own === 'nation' || (own !== undefined && provinceCode === DEFAULT_PROVINCE_CODE);
  return ['common', overviewSeedPart(provinceCode), ...(ownApplies ? [own] : [])];
}

/** The parts for the view and province a URL's query string names (the shell asks again for what it shows). */
export const seedPartsIn = (search: string): SeedPart[] =>
  seedPartsFor(viewNamedIn(search), provinceNamedIn(search));

/**
 * A part's file: the dehydrated answers, with the version of what they were computed from (the bundled data,
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
