// The shipped Arrow files are a function of their rows: DuckDB leaves whatever a value held under a NULL slot,
// and zeroNullSlots clears it, so the same rows give the same bytes (and the same content-hashed URL).
import { tableFromIPC } from 'apache-arrow';
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
 * The same five rows (row 2 NULL in every column) twice: NULLIF keeps the value it compared under the NULL,
 * 2 in the first and 9 (30 days later) in the second, in each fixed-width column and a dictionary-encoded text
 * column, as the shipped tables' columns are (a boolean and a text column ride along).
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

describe('zeroNullSlots', () => {
  const first = (): Uint8Array => streamOf(SAME_ROWS_WITH({ int: 2, text: '2', days: 2 }));
  const second = (): Uint8Array => streamOf(SAME_ROWS_WITH({ int: 9, text: '9', days: 30 }));

  it('gives the same bytes for the same rows whatever DuckDB left under their NULLs', () => {
    const [a, b] = [first(), second()];
    expect(rowsOf(a)).toEqual(rowsOf(b));
    // What the build met: the same rows, different bytes.
    expect(a).not.toEqual(b);
    expect(zeroNullSlots(a)).toEqual(zeroNullSlots(b));
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
