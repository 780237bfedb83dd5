// An import or a reset marks every cached data query stale; the new data version in every key makes the screen read
// the new data, so the answers on screen under the old keys are not asked again.
import { MutationObserver, QueryClient, QueryObserver } from '@tanstack/react-query';
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
  it('runs the write with its variables, then marks every data query stale', async () => {
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

  it('does not ask a question on screen again: the views move to the new data version and ask it there', async () => {
    const client = new QueryClient();
    const key = [DATA_QUERY_KEY_ROOT, 'provinces', 'duckdb#1', { dataVersion: 1 }];
    let asked = 0;
    const onScreen = new QueryObserver(client, {
      queryKey: key,
      queryFn: () => {
        asked += 1;
        return Promise.resolve(['P43']);
      },
    });
    const unsubscribe = onScreen.subscribe(() => undefined);
    await expect.poll(() => client.getQueryData(key)).toEqual(['P43']);
    await new MutationObserver(
      client,
      dataMutationOptions(client, () => Promise.resolve()),
    ).mutate(undefined);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(asked).toBe(1);
    expect(isInvalidated(client, key)).toBe(true);
    unsubscribe();
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
