// The shipped Arrow files are a function of their rows: DuckDB leaves whatever a value held under a NULL slot,
// and zeroNullSlots clears it, so the same rows give the same bytes (and the same content-hashed URL).
import {
  DateDay,
  Dictionary,
  Float64,
  Int32,
  makeData,
  makeVector,
  Table,
  tableFromIPC,
  tableToIPC,
  Uint8,
  Utf8,
  vectorFromArray,
} from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zeroNullSlots } from '../../data/scripts/arrow-null-slots.ts';
import { arrowFileToStream } from '../../data/scripts/build-shipped-derived-tables.ts';
import { startNodeEngine, type NodeEngine } from '../helpers/node-duckdb.ts';

let engine: NodeEngine;
beforeAll(async () => {
  engine = await startNodeEngine('arrow-null-slots');
});
afterAll(async () => {
  await engine.connector.close();
});

/** DuckDB's own IPC stream of `select`, as the build writes it. */
const streamOf = (select: string): Uint8Array =>
  arrowFileToStream(engine.connection.useUnsafe((bindings, id) => bindings.runQuery(id, select)));

const rowsOf = (stream: Uint8Array): string[] =>
  tableFromIPC(stream)
    .toArray()
    .map((row: { toJSON(): unknown }) => JSON.stringify(row.toJSON()));

const LABELS = "ENUM('0', '1', '2', '3', '4', '9')";
/**
 * Five rows as DuckDB writes them, row 2 NULL in every column: fixed-width columns and a dictionary-encoded
 * text column, as the shipped tables' columns are (a boolean and a text column ride along).
 */
const SAME_ROWS_WITH = (hidden: { int: number; text: string; days: number }): string => `
  SELECT NULLIF(CASE i WHEN 2 THEN ${hidden.int} ELSE i END, ${hidden.int})::INTEGER AS whole,
         NULLIF(CASE i WHEN 2 THEN ${hidden.int} ELSE i END * 1.5, ${hidden.int} * 1.5)::DOUBLE AS score,
         CAST(NULLIF(CASE i WHEN 2 THEN '${hidden.text}' ELSE i::VARCHAR END, '${hidden.text}') AS ${LABELS}) AS label,
         NULLIF(DATE '2024-01-01' + CASE i WHEN 2 THEN ${hidden.days} ELSE i::INTEGER END,
                DATE '2024-01-01' + ${hidden.days}) AS day,
         NULLIF(i = 2, true) AS flag,
         CASE WHEN i <> 2 THEN 'text ' || i END AS note
  FROM range(5) t(i)`;

/**
 * Five rows, row 2 NULL in every column, with `hidden` written under that NULL in each fixed-width column (a
 * whole number, a double, a date, a dictionary index), as an Arrow IPC stream: what DuckDB leaves there is
 * whatever its memory held, which differed from build to build but not in every process, so the test sets it.
 */
function streamHiding(hidden: number): Uint8Array {
  const nullBitmap = Uint8Array.of(0b11011);
  const common = { length: 5, nullCount: 1, nullBitmap };
  const labels = vectorFromArray(['0', '1', '2', '3', '4', '9'], new Utf8());
  return tableToIPC(
    new Table({
      whole: makeVector(makeData({ ...common, type: new Int32(), data: Int32Array.of(0, 1, hidden, 3, 4) })),
      score: makeVector(
        makeData({ ...common, type: new Float64(), data: Float64Array.of(0, 1.5, hidden, 4.5, 6) }),
      ),
      day: makeVector(
        makeData({ ...common, type: new DateDay(), data: Int32Array.of(19723, 19724, hidden, 19726, 19727) }),
      ),
      label: makeVector(
        makeData({
          ...common,
          type: new Dictionary(new Utf8(), new Uint8(), 0),
          data: Uint8Array.of(0, 1, hidden, 3, 4),
          dictionary: labels,
        }),
      ),
    }),
    'stream',
  );
}

describe('zeroNullSlots', () => {
  const first = (): Uint8Array => streamOf(SAME_ROWS_WITH({ int: 2, text: '2', days: 2 }));

  it('gives the same bytes for the same rows whatever was left under their NULLs', () => {
    const [a, b] = [streamHiding(2), streamHiding(5)];
    expect(rowsOf(a)).toEqual(rowsOf(b));
    // What the build met: the same rows, different bytes.
    expect(a).not.toEqual(b);
    expect(zeroNullSlots(a)).toEqual(zeroNullSlots(b));
    expect(rowsOf(zeroNullSlots(a))).toEqual(rowsOf(a));
  });

  it('keeps every value and every NULL, and leaves its input as it was', () => {
    const raw = first();
    const kept = raw.slice();
    const zeroed = zeroNullSlots(raw);
    expect(raw).toEqual(kept);
    expect(rowsOf(zeroed)).toEqual(rowsOf(raw));
    expect(rowsOf(zeroed)[2]).toBe(
      JSON.stringify({ whole: null, score: null, label: null, day: null, flag: null, note: null }),
    );
  });

  it('refuses a nested column rather than guess its buffers', () => {
    expect(() => zeroNullSlots(streamOf('SELECT [1, NULL] AS list FROM range(2)'))).toThrow(/flat columns/);
  });
});
