// The console's last queries are kept in the browser (IndexedDB, here fake-indexeddb): newest first, a
// query run again moves to the top instead of appearing twice, and only the last 20 are kept.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { QUERY_HISTORY_LIMIT, readQueryHistory, recordQuery } from '../../src/storage/query-history.ts';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 27, 20, minute));

describe('query history', () => {
  it('keeps the newest queries first, once each, at most 20', async () => {
    expect(await readQueryHistory()).toEqual([]);
    await recordQuery('SELECT 1', at(0));
    await recordQuery('SELECT 2', at(1));
    await recordQuery('SELECT 1', at(2));
    expect((await readQueryHistory()).map((entry) => entry.sql)).toEqual(['SELECT 1', 'SELECT 2']);

    for (let i = 0; i < 25; i += 1) await recordQuery(`SELECT ${100 + i}`, at(10 + i));
    const kept = await readQueryHistory();
    expect(kept).toHaveLength(QUERY_HISTORY_LIMIT);
    expect(kept[0]?.sql).toBe('SELECT 124');
    expect(kept.map((entry) => entry.sql)).not.toContain('SELECT 2');
  });
});
