import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readImportFile, type ImportResult } from '../../src/ingest/read/read-import-file.ts';
import { encodeUtf8 } from './encode-windows-1258.ts';
import { BUNDLED_CONTEXT, readImportFixture } from './import-test-context.ts';

const VALID_CSV = new TextDecoder().decode(readImportFixture('progress-semicolon-bom-crlf.csv'));
const VALID_SCORES = new TextDecoder().decode(readImportFixture('scores-wide-decimal-comma.csv'));

/**
 * The contract: it resolves (never rejects) with rows or problems, rows only of a recognised kind;
 * and no step threw inside either (readImportFile's last-resort catch reports 'unreadableFile').
 */
function expectUsable(result: ImportResult): void {
  expect(result.rows.length + result.problems.length).toBeGreaterThan(0);
  expect(result.problems.filter((problem) => problem.key === 'unreadableFile')).toEqual([]);
  if (result.rows.length > 0) expect(result.kind).not.toBeNull();
}

/** One edit a person or a broken export might make: cut, insert, duplicate a line or swap a delimiter. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), length: fc.nat({ max: 40 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.string({
      unit: fc.constantFrom(';', ',', '\t', '"', '\r\n', '\n', '%', 'Quý', '1,1', 'x', ' ', '\u0000'),
    }),
  }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.string({ unit: 'grapheme', maxLength: 8 }),
  }),
  fc.record({ kind: fc.constant('duplicateLine' as const), at: fc.nat() }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function applyMutation(text: string, edit: Mutation): string {
  const at = edit.at % (text.length + 1);
  if (edit.kind === 'cut') return text.slice(0, at) + text.slice(at + edit.length);
  if (edit.kind === 'insert') return text.slice(0, at) + edit.text + text.slice(at);
  const lines = text.split('\n');
  const line = edit.at % lines.length;
  return [...lines.slice(0, line + 1), ...lines.slice(line)].join('\n');
}

describe('readImportFile never throws', () => {
  it('on random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => {
        expectUsable(await readImportFile({ name: 'random.bin', bytes }, BUNDLED_CONTEXT));
      }),
      { numRuns: 300 },
    );
  });

  it('on random bytes behind a workbook signature (xlsx ZIP or xls OLE)', async () => {
    const signatures = [
      [0x50, 0x4b, 0x03, 0x04, ...encodeUtf8('xl/workbook.xml', false)],
      [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...signatures),
        fc.uint8Array({ maxLength: 600 }),
        async (head, tail) => {
          expectUsable(
            await readImportFile(
              { name: 'x.xlsx', bytes: new Uint8Array([...head, ...tail]) },
              BUNDLED_CONTEXT,
            ),
          );
        },
      ),
      { numRuns: 100 },
    );
  });

  it('on valid CSVs after random edits', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(VALID_CSV, VALID_SCORES),
        fc.array(mutation, { minLength: 1, maxLength: 5 }),
        async (text, edits) => {
          const mutated = edits.reduce(applyMutation, text);
          expectUsable(
            await readImportFile({ name: 'edited.csv', bytes: encodeUtf8(mutated, true) }, BUNDLED_CONTEXT),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
