// Issue 20: a ~2 MB official PAPI workbook (six year sheets, 63 provinces) dropped on the Data view and
// applied (its newest year, the default choice), next to a drop of the long CSV of the same score rows, in
// the built app in headless Chromium, alternating runs, medians. Budget: under 3 s (reported, not asserted).

import { fmtBytes, fmtMs, fmtRatio, median, ratio, type BenchSection } from '../bench-kit.ts';
import { dropOnDataView, type DropTiming } from '../import/drop-on-data-view.ts';
import {
  LONG_CSV_FILE_NAME,
  WORKBOOK_FILE_NAME,
  WORKBOOK_YEARS,
  buildWorkbookBenchFiles,
} from '../import/official-workbook-files.ts';

const BUDGET_MS = 3000;

/** A drop must import every row of the file, or its time says nothing. */
function checked(timing: DropTiming, file: string, rows: number): DropTiming {
  if (timing.added + timing.replaced !== rows || timing.rejected !== 0) {
    throw new Error(`${file}: expected ${rows} rows imported, the Data view says ${JSON.stringify(timing)}`);
  }
  return timing;
}

export const workbookImportSection: BenchSection = {
  name: 'workbook import',
  async run(context) {
    const files = buildWorkbookBenchFiles();
    const workbook = { name: WORKBOOK_FILE_NAME, bytes: files.workbook };
    const csv = { name: LONG_CSV_FILE_NAME, bytes: files.longCsv };
    const workbookRuns: DropTiming[] = [];
    const csvRuns: DropTiming[] = [];
    for (let run = 0; run < context.runs; run += 1) {
      // Alternate which goes first, so warm-up and drift do not favour one side.
      for (const side of run % 2 === 0 ? ['workbook', 'csv'] : ['csv', 'workbook']) {
        const file = side === 'workbook' ? workbook : csv;
        const timing = checked(await dropOnDataView(context.app.origin, file), file.name, files.scoreRows);
        (side === 'workbook' ? workbookRuns : csvRuns).push(timing);
      }
      const [w, c] = [workbookRuns.at(-1), csvRuns.at(-1)];
      console.log(
        `  run ${run + 1}/${context.runs}: workbook ${fmtMs(w?.total ?? null)}, long CSV ${fmtMs(c?.total ?? null)}`,
      );
    }
    const workbookMs = median(workbookRuns.map((t) => t.total));
    const csvMs = median(csvRuns.map((t) => t.total));
    const years = `${WORKBOOK_YEARS[0]}-${WORKBOOK_YEARS.at(-1)}`;
    return {
      table: [
        ['measure', 'value'],
        [
          'workbook: file',
          `${fmtBytes(files.workbook.length)}, ${WORKBOOK_YEARS.length} year sheets ${years}, 63 provinces`,
        ],
        ['workbook: rows imported (newest year)', String(files.scoreRows)],
        ['workbook: drop → sheet picker (median)', fmtMs(median(workbookRuns.map((t) => t.toPicker)))],
        ['workbook: confirm → applied (median)', fmtMs(median(workbookRuns.map((t) => t.toOutcome)))],
        ['workbook: read and applied (median, budget < 3 s)', fmtMs(workbookMs)],
        ['workbook: of which DuckDB statements (median)', fmtMs(median(workbookRuns.map((t) => t.sql)))],
        ['long CSV of the same rows: file', fmtBytes(files.longCsv.length)],
        ['long CSV: drop → applied (median)', fmtMs(csvMs)],
        ['long CSV: of which DuckDB statements (median)', fmtMs(median(csvRuns.map((t) => t.sql)))],
        ['workbook / long CSV', fmtRatio(ratio(workbookMs, csvMs))],
      ],
      budgets: [
        { name: 'official workbook 2 MB: read + apply', value: workbookMs, limit: BUDGET_MS, unit: 'ms' },
      ],
      json: {
        workbookBytes: files.workbook.length,
        csvBytes: files.longCsv.length,
        rows: files.scoreRows,
        workbookMs,
        csvMs,
        ratio: ratio(workbookMs, csvMs),
        workbookRuns,
        csvRuns,
      },
    };
  },
};
