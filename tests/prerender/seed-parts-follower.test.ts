// A view or province chosen before the engine is live brings its own part of the first-screen seed: downloaded
// and shown only while the seed is, only of the seed's version, asked again when its download failed.

import { dehydrate, QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  PRE_READY_DATA_VERSION,
  seedPartFile,
  seedPartsFor,
  type FirstScreenSeedFile,
  type SeedPart,
} from '../../src/prerender/first-screen-seed.ts';
import type { createSeedPartsFollower as createSeedPartsFollowerType } from '../../src/prerender/load-first-screen-seed.ts';
import { totalTrendQuery } from '../../src/queries/total-trend.ts';

const ORIGIN = 'http://papi.test/';
const FIRST_SEED = { parts: seedPartsFor('overview', 'P43'), version: 'v1', builtWithThisApp: true };

/** A part holding Hà Nội's (P01) total trend, as the build writes it. */
function partFile(version: string, trend: unknown): FirstScreenSeedFile {
  const client = new QueryClient();
  const key: readonly unknown[] = totalTrendQuery.options(null, PRE_READY_DATA_VERSION, 'P01').queryKey;
  client.setQueryData(key, trend, {
    updatedAt: 1,
  });
  return { version, ...dehydrate(client) };
}

/** Serves each part file from `files` (a missing one fails like a network error), counting the requests. */
function serveParts(files: Partial<Record<SeedPart, FirstScreenSeedFile>>): string[] {
  const asked: string[] = [];
  vi.stubGlobal('document', { baseURI: ORIGIN });
  vi.stubGlobal('fetch', (url: URL) => {
    const path = url.href.slice(ORIGIN.length);
    asked.push(path);
    const part = Object.entries(files).find(([name]) => seedPartFile(name as SeedPart) === path)?.[1];
    return part === undefined
      ? Promise.reject(new TypeError('Failed to fetch'))
      : Promise.resolve(new Response(JSON.stringify(part)));
  });
  return asked;
}

const hanoiTrend = (client: QueryClient): unknown =>
  client.getQueryData(totalTrendQuery.options(null, PRE_READY_DATA_VERSION, 'P01').queryKey);

/** The follower, from fresh modules: the parts downloaded by an earlier test are not kept. */
async function freshFollower(...args: Parameters<typeof createSeedPartsFollowerType>) {
  vi.resetModules();
  const { createSeedPartsFollower } = await import('../../src/prerender/load-first-screen-seed.ts');
  return createSeedPartsFollower(...args);
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the seed parts follower', () => {
  it("shows another province's seeded answers when chosen before the engine is live", async () => {
    const asked = serveParts({ 'overview-other-provinces': partFile('v1', [{ year: 2024, total: 42.5 }]) });
    const client = new QueryClient();
    const follow = await freshFollower(client, FIRST_SEED, () => true);
    await follow('overview', 'P01');
    expect(hanoiTrend(client)).toEqual([{ year: 2024, total: 42.5 }]);
    expect(asked).toEqual([seedPartFile('overview-other-provinces')]);
    // The parts the first screen read are not asked again.
    await follow('overview', 'P43');
    expect(asked).toHaveLength(1);
  });

  it('downloads nothing once the engine is live', async () => {
    const asked = serveParts({ 'overview-other-provinces': partFile('v1', [{ year: 2024, total: 42.5 }]) });
    const client = new QueryClient();
    await (
      await freshFollower(client, FIRST_SEED, () => false)
    )('nation', 'P01');
    expect(asked).toEqual([]);
    expect(hanoiTrend(client)).toBeUndefined();
  });

  it("does not show a part of another build's seed", async () => {
    serveParts({ 'overview-other-provinces': partFile('v0', [{ year: 2024, total: 1 }]) });
    const client = new QueryClient();
    await (
      await freshFollower(client, FIRST_SEED, () => true)
    )('overview', 'P01');
    expect(hanoiTrend(client)).toBeUndefined();
  });

  it('asks again, with the next choice, for a part whose download failed', async () => {
    const asked = serveParts({});
    const client = new QueryClient();
    const follow = await freshFollower(client, FIRST_SEED, () => true);
    await follow('overview', 'P01');
    expect(hanoiTrend(client)).toBeUndefined();
    serveParts({ 'overview-other-provinces': partFile('v1', [{ year: 2024, total: 42.5 }]) });
    await follow('overview', 'P02');
    expect(hanoiTrend(client)).toEqual([{ year: 2024, total: 42.5 }]);
    expect(asked).toEqual([seedPartFile('overview-other-provinces')]);
  });
});
