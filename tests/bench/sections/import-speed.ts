// Issue 6 item 7: a 1,000,000-row long scores CSV imported by the app against DuckDB's read_csv of the same
// bytes (tests/bench/import/run-import-bench.ts: Node, the same DuckDB wasm, alternating runs, medians).

import type { BenchSection } from '../bench-kit.ts';
import { formatImportBench, formatImportProfile, runImportBench } from '../import/run-import-bench.ts';

export const importSpeedSection: BenchSection = {
  name: 'import speed',
  async run(context) {
    const result = await runImportBench(context.runs);
    return {
      table: [['measure', 'value'], ...formatImportBench(result)],
      more: [formatImportProfile(result.profile)],
      budgets: [
        {
          name: 'import 1M rows / read_csv',
          value: result.ratio,
          limit: 1.2,
          unit: 'x floor',
          // What any import of these bytes does: read them, and rebuild the derived tables over every key they change.
          floor: result.floorToReadCsv,
        },
      ],
      json: result,
    };
  },
};
