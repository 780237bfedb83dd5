import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/db/connector.ts';
import { sqlRaw } from '../../../src/db/sql.ts';
import { applyImport } from '../../../src/ingest/apply/apply-import.ts';
import type { ImportMode, ReadImport } from '../../../src/ingest/apply/import-outcome.ts';
import { createLoadedConnector } from '../../helpers/data-files.ts';
import { readImportFixture } from '../import-test-context.ts';
import {
  csvFile,
  failingConnector,
  fingerprintTables,
  readFiles,
  reloadBundledData,
} from './apply-test-support.ts';

const GOOD_FILES = [
  'progress-semicolon-bom-crlf.csv',
  'scores-long-2025.csv',
  'scores-wide-decimal-comma.csv',
];
const BAD_FILES = [
  'scores-bad-values.csv',
  'progress-bad-values.csv',
  'progress-header-only.csv',
  'empty.csv',
  'not-a-spreadsheet.pdf',
];

let conn: Connector;
beforeAll(async () => {
  conn = await createLoadedConnector();
});
afterAll(async () => {
  await conn.close();
});
beforeEach(async () => {
  await reloadBundledData(conn);
});

describe('applyImport when a DuckDB step is rejected', () => {
  it('leaves every table byte-identical whichever query fails, or completes as a clean import would', async () => {
    const reads = await readFiles(conn, [GOOD_FILES[0] ?? '', GOOD_FILES[1] ?? '']);
    const counting = failingConnector(conn, -1);
    expect(await applyImport(counting, reads)).toMatchObject({ ok: true });
    const imported = await fingerprintTables(conn);
    const queryCount = counting.queries();
    let failures = 0;
    for (let failAt = 0; failAt < queryCount; failAt += 1) {
      await reloadBundledData(conn);
      const before = await fingerprintTables(conn);
      const outcome = await applyImport(failingConnector(conn, failAt), reads);
      if (!outcome.ok) failures += 1;
      expect(outcome.ok ? { ok: true } : { ok: false, reason: outcome.reason }).toEqual(
        outcome.ok ? { ok: true } : { ok: false, reason: 'database' },
      );
      // Only the last query (dropping the staging tables) may fail after the swap committed.
      expect(await fingerprintTables(conn)).toEqual(outcome.ok ? imported : before);
    }
    expect(failures).toBe(queryCount - 1);
  });

  it('rolls back the swap when DuckDB rejects a statement inside its transaction', async () => {
    const before = await fingerprintTables(conn);
    const reads = await readFiles(conn, ['progress-semicolon-bom-crlf.csv']);
    // After the renames, before COMMIT: a real DuckDB error mid-transaction.
    const failingSwap: Connector = {
      ...conn,
      query: (query) =>
        conn.query(
          query.text.includes('COMMIT')
            ? sqlRaw(query.text.replace(/;\s*COMMIT\s*$/, "; SELECT error('rejected step'); COMMIT"))
            : query,
        ),
    };
    const outcome = await applyImport(failingSwap, reads);
    expect(outcome).toMatchObject({
      ok: false,
      reason: 'database',
      error: expect.stringContaining('rejected step'),
    });
    expect(await fingerprintTables(conn)).toEqual(before);
  });

  it('refuses rows DuckDB cannot type (a year that is not a number) without changing anything', async () => {
    const before = await fingerprintTables(conn);
    const row = {
      province_code: 'P43',
      year: 'MMXXV' as unknown as number,
      indicator: '1.1',
      score: 1,
      source: null,
      note: null,
    };
    const read: ReadImport = {
      name: 'odd.csv',
      result: { kind: 'scores_long', rows: [row], sheet: null, sheets: [], problems: [] },
    };
    expect(await applyImport(conn, [read])).toMatchObject({
      ok: false,
      reason: 'database',
      files: [{ added: 0, rejected: 1 }],
    });
    expect(await fingerprintTables(conn)).toEqual(before);
  });
});

const fileChoice = fc.record({
  name: fc.constantFrom(...GOOD_FILES, ...BAD_FILES, 'inline-overlap.csv'),
  mode: fc.constantFrom<ImportMode>('replace-overlapping', 'add-only'),
  // A broken export: bytes cut off at some point, or one byte changed.
  damage: fc.option(fc.record({ at: fc.nat(), cut: fc.boolean(), byte: fc.integer({ min: 0, max: 255 }) })),
});

type FileChoice = typeof fileChoice extends fc.Arbitrary<infer T> ? T : never;

function bytesOf(choice: FileChoice): Uint8Array {
  const bytes =
    choice.name === 'inline-overlap.csv'
      ? csvFile(choice.name, ['Tỉnh,Năm,Chỉ số,Điểm', 'P43,2024,1.1,1.5']).bytes
      : readImportFixture(choice.name);
  if (choice.damage === null || bytes.length === 0) return bytes;
  const at = choice.damage.at % bytes.length;
  if (choice.damage.cut) return bytes.slice(0, at);
  const changed = bytes.slice();
  changed[at] = choice.damage.byte;
  return changed;
}

describe('applyImport on random combinations of files', () => {
  it('never throws, and never changes the loaded data when it rejects', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fileChoice, { minLength: 1, maxLength: 3 }), async (choices) => {
        const before = await fingerprintTables(conn);
        const reads = await readFiles(
          conn,
          choices.map((choice) => ({ name: choice.name, bytes: bytesOf(choice) })),
        );
        const outcome = await applyImport(conn, reads, { modes: choices.map((choice) => choice.mode) });
        const hadProblems = reads.some(
          (read) => read.result.problems.length > 0 || read.result.kind === null,
        );
        expect(outcome.ok).toBe(!hadProblems);
        if (outcome.ok) {
          await reloadBundledData(conn);
          return;
        }
        expect(outcome.problems.length).toBeGreaterThan(0);
        expect(await fingerprintTables(conn)).toEqual(before);
      }),
      { numRuns: 15 },
    );
  });
});
