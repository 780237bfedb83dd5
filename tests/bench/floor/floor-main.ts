// The benchmark's floor: the least a page can do to show a DuckDB-WASM figure and chart: the same
// DuckDB bundle as the app, the same scores CSV bytes, one query, one ECharts line chart. Built by the
// benchmark (tests/bench/floor-build.ts) and served like the app (pre-compressed, same server).
// Marks window.__floor.instantiated (the engine's wasm instantiated), .figures (query answered and shown) and
// .chart (chart drawn).

import { AsyncDuckDB, VoidLogger } from '@duckdb/duckdb-wasm';
import ehWorkerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import ehWasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import { LineChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import scoresCsvUrl from '../../../data/papi-scores.csv?url';

echarts.use([LineChart, GridComponent, CanvasRenderer]);
const floor: { instantiated?: number; figures?: number; chart?: number; error?: string } = {};
(window as unknown as { __floor: typeof floor }).__floor = floor;

async function run(): Promise<void> {
  const db = new AsyncDuckDB(new VoidLogger(), new Worker(ehWorkerUrl));
  const csv = fetch(scoresCsvUrl).then((r) => r.arrayBuffer());
  await db.instantiate(ehWasmUrl);
  floor.instantiated = performance.now();
  await db.open({ query: { castBigIntToDouble: true } });
  await db.registerFileBuffer('scores.csv', new Uint8Array(await csv));
  const conn = await db.connect();
  await conn.query(`SET autoinstall_known_extensions=false; SET autoload_known_extensions=false;`);
  const table = await conn.query(`
    SELECT year, sum(score) AS total FROM read_csv('scores.csv', header = true,
      columns = {'province_code': 'VARCHAR', 'year': 'INTEGER', 'indicator': 'VARCHAR', 'score': 'DOUBLE', 'source': 'VARCHAR'})
    WHERE province_code = 'P43' GROUP BY year ORDER BY year`);
  const rows = table.toArray().map((r: { year: number; total: number }) => [r.year, r.total] as const);
  const output = document.getElementById('total');
  if (output) output.textContent = (rows.at(-1)?.[1] ?? 0).toFixed(2);
  floor.figures = performance.now();
  const chart = echarts.init(document.getElementById('chart'), null, { renderer: 'canvas' });
  chart.on('finished', () => {
    floor.chart ??= performance.now();
  });
  chart.setOption({
    animation: false,
    xAxis: { type: 'category', data: rows.map((r) => String(r[0])) },
    yAxis: { type: 'value', scale: true },
    series: [{ type: 'line', data: rows.map((r) => r[1]) }],
  });
}

run().catch((error: unknown) => {
  floor.error = String(error);
});
