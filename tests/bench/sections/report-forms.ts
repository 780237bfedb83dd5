// Issue 21 "Speed": 30 report forms written (ExcelJS, zipped, as the Plan view's button makes them) and 30
// filled forms read back and applied (the Data view's import, importAndKeep), in Node on a real DuckDB with
// the bundled data, medians of BENCH_RUNS (not alternated: each run reads back the forms it wrote).
// Budgets: under 5 s each (reported, not asserted).

import JSZip from 'jszip';
import { makeReportFormsZip } from '../../../src/export/report-forms/make-report-forms-zip.ts';
import type { ReportForm } from '../../../src/export/report-forms/report-form-model.ts';
import { importAndKeep } from '../../../src/session/import-and-keep.ts';
// Node has no Worker: the forms are read by the file-reading worker's own code, in-thread, as the unit tests read them.
import '../../setup/read-worker-in-thread.ts';
import { createLoadedConnector } from '../../helpers/data-files.ts';
import { bundledForms } from '../../export/report-forms/bundled-forms.ts';
import { fillForm } from '../../ingest/report-forms/fill-form.ts';
import { fmtMs, median, type BenchSection } from '../bench-kit.ts';

const FORMS = 30;
const BUDGET_MS = 5000;

/** 30 forms of the bundled plan for Q3 2025: its units, then copies under numbered unit names. */
function thirtyForms(forms: readonly ReportForm[]): ReportForm[] {
  return Array.from({ length: FORMS }, (_, index) => {
    const form = forms[index % forms.length];
    if (form === undefined) throw new Error('the bundled plan has no forms');
    const round = Math.floor(index / forms.length);
    return round === 0 ? form : { ...form, unit: `${form.unit} (${String(round + 1)})` };
  });
}

export const reportFormsSection: BenchSection = {
  name: 'forms (report forms out and in)',
  async run(context) {
    const conn = await createLoadedConnector();
    try {
      // 2025-Q2, the districts' last quarter: the same forms (and 618 task rows) as before they ended on 30 June 2025.
      const forms = thirtyForms(await bundledForms(conn, '2025-Q2'));
      const rows = forms.reduce((sum, form) => sum + form.rows.length, 0);
      const writeRuns: number[] = [];
      const readRuns: number[] = [];
      for (let run = 0; run < context.runs; run += 1) {
        const started = performance.now();
        const zipped = await makeReportFormsZip(forms);
        writeRuns.push(performance.now() - started);
        // Every unit answers every task (filled by script: not timed).
        const zip = await JSZip.loadAsync(zipped.bytes);
        const answer = { status: 'Hoàn thành', percent: 100, reportedOn: '15/07/2025' };
        const files = await Promise.all(
          Object.entries(zip.files).map(async ([name, entry]) => {
            const bytes = await entry.async('uint8array');
            const answers = new Map(Array.from({ length: 200 }, (_, index) => [index, answer] as const));
            return { name, bytes: await fillForm(bytes, answers) };
          }),
        );
        const readStarted = performance.now();
        const result = await importAndKeep(conn, files, () =>
          Promise.resolve({ ok: true, value: files.length }),
        );
        readRuns.push(performance.now() - readStarted);
        const loaded = result.forms?.applied.length ?? 0;
        if (!result.outcome.ok || loaded !== FORMS) {
          throw new Error(`expected ${String(FORMS)} forms applied, got ${JSON.stringify(result.forms)}`);
        }
        console.log(
          `  run ${String(run + 1)}/${String(context.runs)}: write ${fmtMs(writeRuns.at(-1) ?? null)}, read + apply ${fmtMs(readRuns.at(-1) ?? null)}`,
        );
      }
      const writeMs = median(writeRuns);
      const readMs = median(readRuns);
      return {
        table: [
          ['measure', 'value'],
          ['forms', `${String(FORMS)} (${String(rows)} task rows), plan 474/KH-UBND, Q3 2025`],
          ['write 30 forms as one .zip (median, budget < 5 s)', fmtMs(writeMs)],
          ['read + apply 30 filled forms (median, budget < 5 s)', fmtMs(readMs)],
        ],
        budgets: [
          { name: 'report forms: write 30', value: writeMs, limit: BUDGET_MS, unit: 'ms' },
          { name: 'report forms: read + apply 30', value: readMs, limit: BUDGET_MS, unit: 'ms' },
        ],
        json: { forms: FORMS, rows, writeMs, readMs, writeRuns, readRuns },
      };
    } finally {
      await conn.close();
    }
  },
};
