// The start's download of the bundled data (src/ingest/bundled-files.ts): a failed download is not kept, so the next
// load (a restart's, after the user's retry) asks again instead of failing the same way until the page is reloaded.
// Under vitest the build's bundled database is absent (as on the dev server), so the CSVs are what it downloads.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CSV_TABLES } from '../../src/db/tables.ts';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('bundledFiles', () => {
  it('asks again after a failed download, and hands over every table once it comes', async () => {
    const { bundledFiles } = await import('../../src/ingest/bundled-files.ts');
    let online = false;
    const fetch = vi.fn((url: string) =>
      Promise.resolve(
        online
          ? new Response(`bytes of ${url}`)
          : new Response('gone', { status: 503, statusText: 'Offline' }),
      ),
    );
    vi.stubGlobal('fetch', fetch);

    await expect(bundledFiles()).rejects.toThrow(/HTTP 503/);
    const askedOffline = fetch.mock.calls.length;
    expect(askedOffline).toBeGreaterThan(0);

    online = true;
    const files = await bundledFiles();
    expect(fetch.mock.calls.length).toBeGreaterThan(askedOffline);
    expect(Object.keys(files).sort()).toEqual([...CSV_TABLES].sort());
    // Once it came, it is not downloaded again: a later load takes fresh copies of the same bytes.
    const asked = fetch.mock.calls.length;
    await bundledFiles();
    expect(fetch.mock.calls.length).toBe(asked);
  });
});
