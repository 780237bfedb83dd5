// The file-reading worker's protocol (src/ingest/read/worker): what crosses to the worker and back is the
// reader's own answer, located problems included, and survives the structured clone postMessage makes.
import { describe, expect, it } from 'vitest';
import { readImportFile } from '../../../src/ingest/read/read-import-file';
import { workbookChoice } from '../../../src/ingest/read/workbook-choice';
import { ReadCancelled, startFileReading } from '../../../src/ingest/read/worker/file-reading';
import {
  answerReadRequest,
  withBulkBytes,
  withoutBulkBytes,
  type ReadRequest,
} from '../../../src/ingest/read/worker/read-protocol';
import { BUNDLED_CONTEXT, readImportFixture } from '../import-test-context';

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
    expect(answer.result.bulk?.file.bytes.length).toBe(0);
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

describe('startFileReading (in-thread where there is no Worker)', () => {
  it('reads a file as readImportFile does, its bulk bytes included', async () => {
    const bytes = bulkScoresCsv();
    const context = { ...BUNDLED_CONTEXT, bulkMinBytes: 1 };
    const reading = startFileReading();
    expect(await reading.read({ name: 'big.csv', bytes }, context)).toEqual(
      await readImportFile({ name: 'big.csv', bytes }, context),
    );
    reading.close();
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
