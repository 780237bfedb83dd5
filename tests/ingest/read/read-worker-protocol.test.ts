// The file-reading worker's protocol (src/ingest/read/worker): what crosses to the worker and back is the
// reader's own answer, located problems included, and survives the structured clone postMessage makes.
import { describe, expect, it } from 'vitest';
import { readDocxDocument } from '../../../src/ingest/plan-document/read-docx.ts';
import { readImportFile } from '../../../src/ingest/read/read-import-file.ts';
import { workbookChoice } from '../../../src/ingest/read/workbook-choice.ts';
import { ReadCancelled, startFileReading } from '../../../src/ingest/read/worker/file-reading.ts';
import { answerReadRequest } from '../../../src/ingest/read/worker/answer-read-request.ts';
import {
  withBulkBytes,
  withoutBulkBytes,
  type ReadRequest,
} from '../../../src/ingest/read/worker/read-protocol.ts';
import { hueDocx } from '../plan-document/hue-88-docx.ts';
import { BUNDLED_CONTEXT, readImportFixture } from '../import-test-context.ts';

const FIXTURES = [
  'progress-bad-values.csv',
  'progress-excel.xlsx',
  'progress-unicode-text.txt',
  'scores-bad-values.csv',
  'scores-wide-decimal-comma.csv',
  'report-form-cu-jut-2025-q3.libreoffice.xlsx',
  'not-a-spreadsheet.pdf',
  'empty.csv',
];

/** What postMessage does to a message on its way: a structured clone. */
const posted = <T>(message: T): T => structuredClone(message);

/** A long scores CSV that takes DuckDB's bulk path (bulkMinBytes lowered so it stays small). */
function bulkScoresCsv(): Uint8Array {
  const lines = ['Tỉnh;Năm;Chỉ số;Điểm', 'Hà Nội;2024;1;5,2', 'Đà Nẵng;2024;1;6,1'];
  return new TextEncoder().encode(`${lines.join('\r\n')}\r\n`);
}

describe('the read request and its answer', () => {
  it.each(FIXTURES)(
    '%s: the worker answers what readImportFile reads, problems located the same',
    async (name) => {
      const file = { name, bytes: readImportFixture(name) };
      const request: ReadRequest = { id: 7, kind: 'read', file, context: BUNDLED_CONTEXT };
      const answer = posted(await answerReadRequest(posted(request)));
      expect(answer).toEqual({ id: 7, kind: 'read', result: await readImportFile(file, BUNDLED_CONTEXT) });
    },
  );

  it('a file sent as the browser file (no copy of its bytes) is read the same as by its bytes', async () => {
    const name = 'progress-excel.xlsx';
    const bytes = readImportFixture(name);
    const bySource = await answerReadRequest({
      id: 1,
      kind: 'read',
      file: { name, source: new Blob([bytes.slice()]) },
      context: BUNDLED_CONTEXT,
    });
    const byBytes = await answerReadRequest({
      id: 1,
      kind: 'read',
      file: { name, bytes },
      context: BUNDLED_CONTEXT,
    });
    expect(bySource).toEqual(byBytes);
    expect(bySource).toMatchObject({ result: { kind: 'task_progress', sheet: 'Báo cáo' } });
  });

  it('a large scores file left for DuckDB comes back without its bytes, and gets the page’s bytes back', async () => {
    const bytes = bulkScoresCsv();
    const context = { ...BUNDLED_CONTEXT, bulkMinBytes: 1 };
    const read = await readImportFile({ name: 'big.csv', bytes }, context);
    expect(read).toMatchObject({ kind: 'scores_long', bulk: { file: { name: 'big.csv' } } });
    const answer = await answerReadRequest({
      id: 2,
      kind: 'read',
      file: { name: 'big.csv', bytes },
      context,
    });
    if (answer.kind !== 'read' || answer.result.kind !== 'scores_long') throw new Error('not read as scores');
    expect(answer.result.bulk?.file.bytes?.length).toBe(0);
    expect(withBulkBytes(answer.result, { name: 'big.csv', bytes })).toEqual(read);
    // A file read row by row carries no bytes either way.
    const small = await readImportFile({ name: 'small.csv', bytes }, BUNDLED_CONTEXT);
    expect(withoutBulkBytes(small)).toBe(small);
  });

  it('the choice request answers what workbookChoice asks', async () => {
    const name = 'progress-excel.xlsx';
    const bytes = readImportFixture(name);
    const codes = BUNDLED_CONTEXT.indicators.map((indicator) => indicator.code);
    const answer = posted(
      await answerReadRequest(
        posted({ id: 3, kind: 'choice', index: 2, file: { name, bytes }, indicatorCodes: codes }),
      ),
    );
    expect(answer).toEqual({ id: 3, kind: 'choice', choice: await workbookChoice(2, name, bytes, codes) });
  });
});

/** The first half of a real .docx: still a ZIP naming word/ parts (so sent as a .docx), but cut off. */
const cutDocx = async (): Promise<Uint8Array> => {
  const whole = await hueDocx();
  return whole.slice(0, Math.floor(whole.length / 2));
};

/** What readDocxDocument rejects with on the page's thread, as text. */
async function pageError(bytes: Uint8Array): Promise<string> {
  try {
    await readDocxDocument(bytes);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error('the cut .docx was read');
}

describe('the .docx request and its answer', () => {
  it('a plan’s .docx: the worker answers the document readDocxDocument reads, tables and lines alike', async () => {
    const bytes = await hueDocx();
    const answer = posted(await answerReadRequest(posted({ id: 4, kind: 'docx', bytes })));
    const read = await readDocxDocument(bytes);
    expect(answer).toEqual({ id: 4, kind: 'docx', document: read });
    // Something was read: the header's number and the appendix table with its merged dimension row.
    expect(read.lines.some((line) => line.includes('88/KH-UBND'))).toBe(true);
    expect(read.tables[0]?.rows.some((row) => row.cells[1]?.merged === 'from-left')).toBe(true);
  });

  it('a damaged .docx fails with the message the page’s own reading gave', async () => {
    const bytes = await cutDocx();
    const answer = posted(await answerReadRequest(posted({ id: 5, kind: 'docx', bytes })));
    const message = await pageError(bytes);
    expect(message.length).toBeGreaterThan(0);
    expect(answer).toEqual({ id: 5, kind: 'failed', message });
  });
});

describe("startFileReading (through the unit tests' in-thread worker: tests/setup/read-worker-in-thread.ts)", () => {
  it('reads a file as readImportFile does, its bulk bytes included', async () => {
    const bytes = bulkScoresCsv();
    const context = { ...BUNDLED_CONTEXT, bulkMinBytes: 1 };
    const reading = startFileReading();
    expect(await reading.read({ name: 'big.csv', bytes }, context)).toEqual(
      await readImportFile({ name: 'big.csv', bytes }, context),
    );
    reading.close();
  });

  it('reads a .docx as readDocxDocument does, and rejects a damaged one with its message', async () => {
    const reading = startFileReading();
    const bytes = await hueDocx();
    expect(await reading.docx(bytes)).toEqual(await readDocxDocument(bytes));
    const cut = await cutDocx();
    await expect(reading.docx(cut)).rejects.toThrow(await pageError(cut));
    reading.close();
  });

  it('a read pending when the import cancels rejects as cancelled, its late answer ignored', async () => {
    const reading = startFileReading();
    const pending = reading.docx(await hueDocx());
    reading.cancel();
    await expect(pending).rejects.toBeInstanceOf(ReadCancelled);
  });

  it('once closed, a read still pending or asked later rejects instead of never settling', async () => {
    const reading = startFileReading();
    const pending = reading.docx(await hueDocx());
    reading.close();
    await expect(pending).rejects.toThrow('closed');
    await expect(reading.docx(await hueDocx())).rejects.toThrow('closed');
  });

  it('after cancel a .docx read rejects as cancelled', async () => {
    const reading = startFileReading();
    reading.cancel();
    await expect(reading.docx(await hueDocx())).rejects.toBeInstanceOf(ReadCancelled);
  });

  it('after cancel every read rejects as cancelled', async () => {
    const reading = startFileReading();
    reading.cancel();
    await expect(
      reading.read(
        { name: 'scores-bad-values.csv', bytes: readImportFixture('scores-bad-values.csv') },
        BUNDLED_CONTEXT,
      ),
    ).rejects.toBeInstanceOf(ReadCancelled);
  });
});
