// Every query's key carries the loaded data's version: after an import or a reset (a new version) no
// query may answer from the cache of the old data.
import { QueryClient, type QueryKey } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector';
import { DATA_QUERY_KEY_ROOT } from '../../src/queries/query-client';
import { yearOptionsQueryOptions, type YearOption } from '../../src/queries/scored-years';

type QueryOptionsFactory = (
  conn: Connector | null,
  dataVersion: number,
  ...inputs: unknown[]
) => { queryKey: QueryKey };

/** Every `…QueryOptions` factory exported by a file of src/queries (new ones are picked up by themselves). */
const modules = import.meta.glob<Record<string, unknown>>('../../src/queries/*.ts', { eager: true });
const factories = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter(([name, value]) => name.endsWith('QueryOptions') && typeof value === 'function')
    .map(([name, value]) => ({
      name: `${file.replace(/^.*\//, '')} ${name}`,
      factory: value as QueryOptionsFactory,
    })),
);

/** Sample inputs after (conn, dataVersion): a province, a year or code, a period or level. */
const SAMPLE_INPUTS: readonly unknown[] = ['P43', 2024, '2025-Q4'];

const keyFor = (factory: QueryOptionsFactory, dataVersion: number): QueryKey =>
  factory(null, dataVersion, ...SAMPLE_INPUTS.slice(0, Math.max(factory.length - 2, 0))).queryKey;

describe('query keys and the data version', () => {
  it('finds the query options factories of src/queries', () => {
    expect(factories.length).toBeGreaterThanOrEqual(10);
  });

  it.each(factories)('$name: a new data version gives a new key under the data root', ({ factory }) => {
    const before = keyFor(factory, 1);
    const after = keyFor(factory, 2);
    expect(before[0]).toBe(DATA_QUERY_KEY_ROOT);
    expect(JSON.stringify(after)).not.toBe(JSON.stringify(before));
    expect(JSON.stringify(after)).toContain('"dataVersion":2');
  });

  it('queries again after the version is bumped, instead of serving the old data from the cache', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false } } });
    const OLD: YearOption[] = [{ year: 2023, hasScore: true }];
    const IMPORTED: YearOption[] = [{ year: 2024, hasScore: true }];
    let answer = OLD;
    const conn = { toJSON: () => 'fake#1' } as unknown as Connector;
    const options = (version: number) => ({
      ...yearOptionsQueryOptions(conn, version, 'P43'),
      queryFn: async () => answer,
    });
    expect(await client.fetchQuery(options(1))).toBe(OLD);
    answer = IMPORTED;
    expect(await client.fetchQuery(options(1)), 'same version: from the cache').toBe(OLD);
    expect(await client.fetchQuery(options(2)), 'new version: queried again').toBe(IMPORTED);
    client.clear();
  });
});
