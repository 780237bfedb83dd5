// An import or a reset invalidates every cached data query, so the screen re-reads the new data.
import { MutationObserver, QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { dataMutationOptions } from '../../src/queries/data-mutations.ts';
import { DATA_QUERY_KEY_ROOT } from '../../src/queries/data-query-key.ts';

const seededClient = (): QueryClient => {
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } });
  client.setQueryData([DATA_QUERY_KEY_ROOT, 'provinces', 'duckdb#1', { dataVersion: 1 }], ['P43']);
  client.setQueryData(['not-data'], 'kept');
  return client;
};

const isInvalidated = (client: QueryClient, key: readonly unknown[]): boolean | undefined =>
  client.getQueryState(key)?.isInvalidated;

describe('dataMutationOptions', () => {
  it('runs the write with its variables, then invalidates every data query', async () => {
    const client = seededClient();
    const written: string[] = [];
    const observer = new MutationObserver(
      client,
      dataMutationOptions(client, async (table: string) => {
        written.push(table);
      }),
    );
    await observer.mutate('task_progress');
    expect(written).toEqual(['task_progress']);
    expect(isInvalidated(client, [DATA_QUERY_KEY_ROOT, 'provinces', 'duckdb#1', { dataVersion: 1 }])).toBe(
      true,
    );
    expect(isInvalidated(client, ['not-data'])).toBe(false);
  });

  it('leaves the cache alone when the write fails (the old data is still loaded)', async () => {
    const client = seededClient();
    const observer = new MutationObserver(
      client,
      dataMutationOptions(client, () => Promise.reject(new Error('bad row'))),
    );
    await expect(observer.mutate(undefined)).rejects.toThrow('bad row');
    expect(isInvalidated(client, [DATA_QUERY_KEY_ROOT, 'provinces', 'duckdb#1', { dataVersion: 1 }])).toBe(
      false,
    );
  });
});
