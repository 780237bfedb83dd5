// Which engine errors mean the engine itself is gone: the one rule (engine-failure.ts), over errors as
// DuckDB-WASM forwards them from its worker ({ name, message }) and over real DuckDB errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyEngineError } from '../../src/db/engine-failure.ts';
import { QueryError } from '../../src/db/query-error.ts';
import { sql } from '../../src/db/sql.ts';
import { startNodeEngine, type NodeEngine } from '../helpers/node-duckdb.ts';

/** An error as the page receives it from DuckDB's worker: the worker's name and message. */
const fromWorker = (name: string, message: string): Error => Object.assign(new Error(message), { name });

describe('classifyEngineError', () => {
  it.each([
    // What the issue saw after an out-of-memory query: every later query failed this way.
    ['a trap after the heap broke', fromWorker('RuntimeError', 'table index is out of bounds')],
    ['an out-of-bounds memory access', fromWorker('RuntimeError', 'memory access out of bounds')],
    [
      'an abort that lost its name',
      fromWorker('Error', 'Aborted(OOM). Build with -sASSERTIONS for more info.'),
    ],
    [
      'an unreachable trap, wrapped with its SQL',
      new QueryError(fromWorker('RuntimeError', 'unreachable'), 'SELECT 1'),
    ],
    [
      'a database DuckDB invalidated',
      fromWorker(
        'Error',
        'FATAL Error: Failed: database has been invalidated because of a previous fatal error. The database must be restarted prior to being used again.',
      ),
    ],
    [
      'an internal error',
      fromWorker('Error', 'INTERNAL Error: Attempted to access index 3 within vector of size 3'),
    ],
  ])('calls %s fatal', (_name, error) => {
    expect(classifyEngineError(error)).toBe('fatal');
  });

  it.each([
    ['a syntax error', fromWorker('Error', 'Parser Error: syntax error at or near "SELEC"')],
    // The user's SQL and a column's name may say anything: only the engine's first line counts.
    [
      'a missing column named like a trap',
      new QueryError(
        fromWorker('Error', 'Binder Error: Referenced column "unreachable" not found in FROM clause!'),
        'SELECT unreachable FROM scores -- table index is out of bounds',
      ),
    ],
    ['a string', 'Conversion Error: Could not convert string "x" to INT32'],
  ])('calls %s a query error', (_name, error) => {
    expect(classifyEngineError(error)).toBe('query');
  });
});

describe('classifyEngineError over a real DuckDB', () => {
  let engine: NodeEngine;
  beforeAll(async () => {
    engine = await startNodeEngine();
  });
  afterAll(async () => {
    await engine.connector.close();
  });

  it('calls a query refused at the memory limit "memory", and the engine answers after it', async () => {
    const second = engine.db.connect();
    second.query("SET memory_limit='64MB'");
    let refused: unknown = null;
    try {
      second.query('SELECT length(list(range)) FROM range(50000000)');
    } catch (error) {
      refused = error;
    }
    second.query('RESET memory_limit');
    second.close();
    expect(String(refused)).toMatch(/Out of Memory/);
    expect(classifyEngineError(refused)).toBe('memory');
    expect(await engine.connector.query(sql`SELECT 42 AS answer`)).toEqual([{ answer: 42 }]);
  });

  it('calls a real binder error a query error', async () => {
    const error = await engine.connector
      .query(sql`SELECT no_such_column FROM range(1)`)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QueryError);
    expect(classifyEngineError(error)).toBe('query');
  });
});
