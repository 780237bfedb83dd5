// Every query's key carries the loaded data's version: after an import or a reset (a new version) no
// query may answer from the cache of the old data. And no two questions share a name, so one can never
// answer from the other's cache.
import { QueryClient, type QueryKey } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector.ts';
import { DATA_QUERY_KEY_ROOT, readDataQueryKey } from '../../src/queries/data-query-key.ts';
import { yearOptionsQuery, type YearOption } from '../../src/queries/scored-years.ts';

interface DefinedQuery {
  name: string;
  options: (conn: Connector | null, dataVersion: number, ...inputs: unknown[]) => { queryKey: QueryKey };
}

const isDefinedQuery = (value: unknown): value is DefinedQuery =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Partial<DefinedQuery>).name === 'string' &&
  typeof (value as Partial<DefinedQuery>).options === 'function';

/** Every question defined by a file of src/queries (new ones are picked up by themselves). */
const modules = import.meta.glob<Record<string, unknown>>('../../src/queries/*.ts', { eager: true });
const queries = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter((entry): entry is [string, DefinedQuery] => isDefinedQuery(entry[1]))
    .map(([name, query]) => ({ label: `${file.replace(/^.*\//, '')} ${name}`, query })),
);

/** Sample inputs after (conn, dataVersion): a province, a year. */
const SAMPLE_INPUTS: readonly unknown[] = ['P43', 2024];

const keyFor = (query: DefinedQuery, dataVersion: number): QueryKey =>
  query.options(null, dataVersion, ...SAMPLE_INPUTS).queryKey;

describe('query keys and the data version', () => {
  it('finds the questions defined in src/queries', () => {
    expect(queries.length).toBeGreaterThanOrEqual(15);
  });

  it.each(queries)('$label: a new data version gives a new key under the data root', ({ query }) => {
    const before = keyFor(query, 1);
    const after = keyFor(query, 2);
    expect(before[0]).toBe(DATA_QUERY_KEY_ROOT);
    expect(JSON.stringify(after)).not.toBe(JSON.stringify(before));
    expect(readDataQueryKey(after)).toMatchObject({ name: query.name, dataVersion: 2 });
  });

  it('gives each question its own name, so no question answers from another one’s cache', () => {
    const names = queries.map(({ query }) => query.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('queries again after the version is bumped, instead of serving the old data from the cache', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false } } });
    const OLD: YearOption[] = [{ year: 2023, hasScore: true }];
    const IMPORTED: YearOption[] = [{ year: 2024, hasScore: true }];
    let answer = OLD;
    const conn = { toJSON: () => 'fake#1' } as unknown as Connector;
    const options = (version: number) => ({
      ...yearOptionsQuery.options(conn, version, 'P43'),
      queryFn: async () => answer,
    });
    expect(await client.fetchQuery(options(1))).toBe(OLD);
    answer = IMPORTED;
    expect(await client.fetchQuery(options(1)), 'same version: from the cache').toBe(OLD);
    expect(await client.fetchQuery(options(2)), 'new version: queried again').toBe(IMPORTED);
    client.clear();
  });
});
