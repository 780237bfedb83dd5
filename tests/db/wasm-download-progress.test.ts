// The engine's download bar against a real HTTP server that sends the file as-is, brotli-compressed
// and without a length: the body is read as DuckDB's worker reads it (decompressed chunks counted
// against the Content-Length header), and the bar must move truthfully in every case.

import { statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  downloadPercent,
  wasmDownloadProgress,
  type DownloadProgress,
} from '../../src/db/download-progress.ts';
import { DUCKDB_WASM_BYTES } from '../../src/db/duckdb-wasm-bytes.ts';

const MB = 1024 * 1024;

// 4 MB that compress well, as the wasm does (34.2 MB → 5.1 MB with brotli).
const PAYLOAD = new TextEncoder().encode(
  Array.from({ length: 120_000 }, (_, index) => `(func $f${index} (i32.add (local.get 0)))\n`).join(''),
);
const BROTLI = brotliCompressSync(PAYLOAD);

let server: Server;
let origin: string;
beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === '/identity') {
      response.writeHead(200, { 'Content-Type': 'application/wasm', 'Content-Length': PAYLOAD.length });
      response.end(PAYLOAD);
    } else if (request.url === '/brotli') {
      response.writeHead(200, {
        'Content-Type': 'application/wasm',
        'Content-Encoding': 'br',
        'Content-Length': BROTLI.length,
      });
      response.end(BROTLI);
    } else {
      // Chunked: no Content-Length at all.
      response.writeHead(200, { 'Content-Type': 'application/wasm' });
      for (let start = 0; start < PAYLOAD.length; start += 256 * 1024)
        response.write(PAYLOAD.subarray(start, start + 256 * 1024));
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

/** What DuckDB's worker reports after each chunk: decompressed bytes read so far, and the Content-Length (0 if none). */
async function duckdbReports(path: string): Promise<DownloadProgress[]> {
  const response = await fetch(`${origin}${path}`);
  const header = response.headers.get('content-length');
  const bytesTotal = (header === null ? 0 : parseInt(header, 10)) || 0;
  const reader = response.body?.getReader();
  const reports: DownloadProgress[] = [];
  let bytesLoaded = 0;
  for (;;) {
    const chunk = await reader?.read();
    if (chunk === undefined || chunk.done) break;
    bytesLoaded += chunk.value.byteLength;
    reports.push({ bytesLoaded, bytesTotal });
  }
  return reports;
}

const barOf = (reports: readonly DownloadProgress[]) =>
  reports.map((report) => wasmDownloadProgress(report, PAYLOAD.length));

function expectTruthfulBar(reports: readonly DownloadProgress[]): void {
  expect(reports.length).toBeGreaterThan(2);
  const bar = barOf(reports);
  const percents = bar.map((progress) => downloadPercent(progress));
  // Moves forward only, reads 100 only at the last byte, and the total it shows is the file's size.
  expect(percents).toEqual([...percents].sort((a, b) => (a ?? 0) - (b ?? 0)));
  expect(percents.slice(0, -1).every((percent) => percent !== null && percent < 100)).toBe(true);
  expect(percents.at(-1)).toBe(100);
  expect(new Set(bar.map((progress) => progress.bytesTotal))).toEqual(new Set([PAYLOAD.length]));
  // Halfway through the bytes, the bar reads about half.
  const middle = bar.find((progress) => progress.bytesLoaded >= PAYLOAD.length / 2);
  expect(downloadPercent(middle ?? null)).toBeLessThan(70);
}

describe('the wasm download bar', () => {
  it('moves truthfully when the server sends the file as-is', async () => {
    expectTruthfulBar(await duckdbReports('/identity'));
  });

  it('moves truthfully when the server sends brotli, whose Content-Length counts compressed bytes', async () => {
    const reports = await duckdbReports('/brotli');
    // The trap: the bytes read pass the announced length long before the end, so the header's total
    // would read 100 % early ("đã tải 32,7 / 5,6 MB (100%)").
    expect(reports[0]?.bytesTotal).toBe(BROTLI.length);
    expect(BROTLI.length).toBeLessThan(PAYLOAD.length / 4);
    expect(reports.filter((report) => downloadPercent(report) === 100).length).toBeGreaterThan(1);
    expectTruthfulBar(reports);
  });

  it('moves truthfully when the server sends no Content-Length', async () => {
    const reports = await duckdbReports('/chunked');
    expect(reports[0]?.bytesTotal).toBe(0);
    expectTruthfulBar(reports);
  });

  it('shows no bar, rather than a false one, when the decompressed size is unknown', () => {
    const brotliReport = { bytesLoaded: 17.5 * MB, bytesTotal: 5.6 * MB };
    expect(downloadPercent(wasmDownloadProgress(brotliReport, null))).toBeNull();
  });

  it('never shows more loaded than the total', () => {
    expect(wasmDownloadProgress({ bytesLoaded: 40 * MB, bytesTotal: 0 }, 32.7 * MB)).toEqual({
      bytesLoaded: 40 * MB,
      bytesTotal: 40 * MB,
    });
  });
});

describe('DUCKDB_WASM_BYTES', () => {
  it("is each bundle's wasm size as the package ships it (the build's define)", () => {
    const sizeOf = (name: string) =>
      statSync(fileURLToPath(import.meta.resolve(`@duckdb/duckdb-wasm/dist/${name}`))).size;
    expect(DUCKDB_WASM_BYTES).toEqual({ eh: sizeOf('duckdb-eh.wasm'), mvp: sizeOf('duckdb-mvp.wasm') });
  });
});
