// Times each step of loading the bundled data in Node (DuckDB-WASM blocking build): every
// connector call of loadBundledData, then each schema statement on its own.
// Run: npx tsx tests/bench/profile-load.ts
import { performance } from 'node:perf_hooks';
import type { Connector } from '../../src/db/connector.ts';
import { SCHEMA_STATEMENTS } from '../../src/db/schema.sql.ts';
import { sqlRaw } from '../../src/db/sql.ts';
import { loadBundledData } from '../../src/ingest/load-bundled-data.ts';
import { readBundledFiles } from '../helpers/data-files.ts';
import { createNodeConnector } from '../helpers/node-duckdb.ts';

const label = (text: string): string => text.replace(/\s+/g, ' ').trim().slice(0, 90);

function timed(conn: Connector, log: [string, number][]): Connector {
  const time = async <R>(name: string, f: () => Promise<R>): Promise<R> => {
    const t0 = performance.now();
    try {
      return await f();
    } finally {
      log.push([name, performance.now() - t0]);
    }
  };
  return {
    ...conn,
    query: (q) => time(label(q.text), () => conn.query(q)),
    registerFileText: (n, text) => time(`registerFileText ${n}`, () => conn.registerFileText(n, text)),
    registerFileBuffer: (n, bytes) =>
      time(`registerFileBuffer ${n}`, () => conn.registerFileBuffer(n, bytes)),
    registerFileBlob: (n, blob) => time(`registerFileBlob ${n}`, () => conn.registerFileBlob(n, blob)),
    dropFile: (n) => time(`dropFile ${n}`, () => conn.dropFile(n)),
  };
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const raw = await createNodeConnector();
  console.log(`instantiate: ${(performance.now() - t0).toFixed(0)} ms`);
  const files = readBundledFiles();
  for (let round = 1; round <= 2; round++) {
    const log: [string, number][] = [];
    const t1 = performance.now();
    await loadBundledData(timed(raw, log), files);
    console.log(`\nround ${round}: loadBundledData ${(performance.now() - t1).toFixed(0)} ms`);
    for (const [name, ms] of log) if (ms >= 2) console.log(`${ms.toFixed(1).padStart(8)}  ${name}`);
  }
  console.log('\nschema statements one by one:');
  for (const s of SCHEMA_STATEMENTS) {
    const t = performance.now();
    await raw.query(sqlRaw(s));
    console.log(`${(performance.now() - t).toFixed(1).padStart(8)}  ${label(s).slice(0, 60)}`);
  }
  await raw.close();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
