// How many bytes a kept large scores CSV's canonical rows take beside the file (IndexedDB quota): the worst case
// is a file whose every row is a distinct key, and the number of valid keys is bounded (every unit of each
// year's map × every indicator, years 2009-2100: 136,496 with the bundled data), so the rows kept are bounded too.
// Prints, per file: its bytes, the kept CSV's characters, UTF-8 bytes and the bytes a V8 string of it takes
// (two per character once one is outside Latin-1, as "Tệp thử" is), and its gzip size. Asserts nothing.
// Run: `npx tsx tests/bench/import/kept-rows-size.ts` (Node only, about a minute).

import { gzipSync } from 'node:zlib';
import { applyImport } from '../../../src/ingest/apply/apply-import.ts';
import { canonicalRowsOf, collectBulkRows } from '../../../src/ingest/apply/canonical-rows.ts';
import { fetchImportContext } from '../../../src/ingest/apply/fetch-import-context.ts';
import { readImportFile } from '../../../src/ingest/read/read-import-file.ts';
import { createLoadedConnector } from '../../helpers/data-files.ts';
import { reloadBundledData } from '../../ingest/apply/apply-test-support.ts';
import { buildBenchScoresCsv } from './run-import-bench.ts';

const LONG_SOURCE = 'Báo cáo kết quả khảo sát PAPI năm, Sở Nội vụ tỉnh, bản đính chính số 2';
const FILES = [
  { label: 'every key once', rows: 136_496, source: null },
  { label: 'every key once, long source', rows: 136_496, source: LONG_SOURCE },
  { label: 'the 1,000,000-row bench file', rows: 1_000_000, source: null },
] as const;

const conn = await createLoadedConnector();
const context = await fetchImportContext(conn);
for (const { label, rows, source } of FILES) {
  await reloadBundledData(conn);
  const bench = buildBenchScoresCsv(context, rows);
  const bytes =
    source === null
      ? bench
      : new TextEncoder().encode(new TextDecoder().decode(bench).replaceAll('Tệp thử', source));
  const read = { name: 'big.csv', result: await readImportFile({ name: 'big.csv', bytes }, context) };
  const bulk = collectBulkRows([read]);
  const outcome = await applyImport(conn, [read], { onBulkRows: bulk.onBulkRows });
  const csv = canonicalRowsOf([read], 'replace-overlapping', bulk.rows)?.steps[0]?.csv ?? '';
  const utf8 = new TextEncoder().encode(csv).length;
  const v8 = [...csv].some((character) => character.charCodeAt(0) > 0xff) ? csv.length * 2 : csv.length;
  const share = (n: number) => `${((100 * n) / bytes.length).toFixed(1)} %`;
  console.log(
    `${label}: ok ${String(outcome.ok)}, file ${bytes.length} B, ${csv.split('\n').length - 2} keys kept, ` +
      `${csv.length} chars, UTF-8 ${utf8} B (${share(utf8)}), V8 string ${v8} B (${share(v8)}), ` +
      `gzip ${gzipSync(csv).length} B (${share(gzipSync(csv).length)})`,
  );
}
await conn.close();
