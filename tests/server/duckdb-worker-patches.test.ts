// The build-time patches of DuckDB's exception-handling worker (src/server/duckdb-worker-patches.ts), on the
// script the installed package ships: each applies once, and a script they no longer fit stops the build by name.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { DUCKDB_EH_WORKER_PATCHES, patchDuckDBWorker } from '../../src/server/duckdb-worker-patches.ts';

const stock = readFileSync(
  createRequire(import.meta.url).resolve('@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js'),
  'utf8',
);
const count = (text: string, part: string): number => text.split(part).length - 1;

describe('DuckDB worker patches', () => {
  test('each fits the installed worker once, and the patched script holds each replacement once', () => {
    for (const patch of DUCKDB_EH_WORKER_PATCHES) expect(count(stock, patch.find), patch.name).toBe(1);
    const patched = patchDuckDBWorker(stock);
    for (const patch of DUCKDB_EH_WORKER_PATCHES) expect(count(patched, patch.replace), patch.name).toBe(1);
    // Only the patched places changed: the rest of the script is the package's, byte for byte.
    const grown = DUCKDB_EH_WORKER_PATCHES.reduce((sum, p) => sum + p.replace.length - p.find.length, 0);
    expect(patched.length - stock.length).toBe(grown);
    expect(patched.slice(0, 2000)).toBe(stock.slice(0, 2000));
    expect(patched.slice(-2000)).toBe(stock.slice(-2000));
  });

  test('a worker whose glue changed stops the build, naming the patch', () => {
    const [first, second] = DUCKDB_EH_WORKER_PATCHES;
    if (first === undefined || second === undefined) throw new Error('expected patches');
    expect(() => patchDuckDBWorker(stock.replace(first.find, ''))).toThrow(
      `the patch "${first.name}" matches 0 times`,
    );
    expect(() => patchDuckDBWorker(`${stock}\n${second.find}`)).toThrow(
      `the patch "${second.name}" matches 2 times`,
    );
    // Patched twice: the later patches no longer find their text.
    expect(() => patchDuckDBWorker(patchDuckDBWorker(stock))).toThrow('matches');
  });

  test('a replacement holding "$" is written as it is', () => {
    expect(patchDuckDBWorker('a-b', [{ name: 'dollar', find: '-', replace: '$&$1$$' }])).toBe('a$&$1$$b');
  });
});
