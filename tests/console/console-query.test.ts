// The console's runner around the guard: results typed for display, cancellation, DuckDB's fault located,
// a chart's bound query turned into runnable SQL, and the schema listing. Real DuckDB with the bundled data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArrowTableLike } from '../../src/db/arrow-rows.ts';
import type { Connector } from '../../src/db/connector.ts';
import { ConsoleCancelledError, runConsoleQuery } from '../../src/console/console-query.ts';
import type { ConsoleConnection } from '../../src/db/console-connection.ts';
import { locateEngineError } from '../../src/console/engine-error-location.ts';
import { inlineSqlParameters } from '../../src/console/inline-sql-parameters.ts';
import { sql } from '../../src/db/sql.ts';
import { fetchConsoleSchema } from '../../src/queries/sql-console-schema.ts';
import { createNodeConsoleDatabase } from '../helpers/node-console-db.ts';

let connector: Connector;
let consoleConn: ConsoleConnection;
beforeAll(async () => {
  const database = await createNodeConsoleDatabase();
  connector = database.connector;
  consoleConn = database.openConsoleConnection();
}, 60_000);
afterAll(async () => {
  await consoleConn.close();
  await connector.close();
});

describe('running a console query', () => {
  it('returns typed columns and rows, numbers as numbers', async () => {
    const result = await runConsoleQuery(
      consoleConn,
      "SELECT year, score, province_code FROM scores WHERE province_code = 'P43' AND indicator = 'total' AND year = 2024",
    );
    expect(result.columns).toEqual([
      { name: 'year', kind: 'number' },
      { name: 'score', kind: 'number' },
      { name: 'province_code', kind: 'text' },
    ]);
    expect(result.rows).toHaveLength(1);
    expect(result.rows[0]?.[0]).toBe(2024);
    expect(result.rows[0]?.[1]).toBeCloseTo(40.54, 2);
  });

  it('keeps the columns of an empty result', async () => {
    const result = await runConsoleQuery(consoleConn, 'SELECT code, name_vi FROM provinces WHERE false');
    expect(result.columns.map((c) => c.name)).toEqual(['code', 'name_vi']);
    expect(result.rows).toEqual([]);
  });

  it('reads 100,000 rows and stops at the row limit', async () => {
    const all = await runConsoleQuery(consoleConn, 'SELECT * FROM range(100000)');
    expect(all.rows).toHaveLength(100_000);
    expect(all.truncated).toBe(false);
    const cut = await runConsoleQuery(consoleConn, 'SELECT * FROM range(100000)', () => false, 1000);
    expect(cut.rows).toHaveLength(1000);
    expect(cut.truncated).toBe(true);
  });

  it("rejects with DuckDB's message, and the connection still works afterwards", async () => {
    await expect(runConsoleQuery(consoleConn, 'SELECT nope FROM scores')).rejects.toThrow(/nope/);
    const result = await runConsoleQuery(consoleConn, 'SELECT 1 AS one');
    expect(result.rows).toEqual([[1]]);
  });
});

describe('cancelling', () => {
  /** A connection whose query runs until cancelled, like DuckDB-WASM's pending query; `sent` settles once it runs. */
  function slowConnection(log: string[]): ConsoleConnection & { sent: Promise<void> } {
    let stop: ((error: Error) => void) | null = null;
    let markSent = (): void => undefined;
    const sent = new Promise<void>((resolve) => {
      markSent = resolve;
    });
    return {
      sent,
      execute: async (text) => void log.push(text),
      send: (text) => {
        log.push(text);
        markSent();
        return new Promise<never>((_resolve, reject) => {
          stop = reject;
        });
      },
      cancel: async () => {
        log.push('cancel');
        stop?.(new Error('INTERRUPT Error: Interrupted!'));
        return true;
      },
      close: async () => undefined,
    };
  }

  it('stops a running query, says it was cancelled and rolls the transaction back', async () => {
    const log: string[] = [];
    const connection = slowConnection(log);
    let cancelled = false;
    const run = runConsoleQuery(connection, 'SELECT count(*) FROM range(10000000000)', () => cancelled);
    await connection.sent; // the query is running: now the user cancels
    cancelled = true;
    await connection.cancel();
    await expect(run).rejects.toBeInstanceOf(ConsoleCancelledError);
    expect(log).toEqual([
      'BEGIN TRANSACTION',
      'SELECT count(*) FROM range(10000000000)',
      'cancel',
      'ROLLBACK',
    ]);
  });

  it('stops between batches when cancelled while reading', async () => {
    let cancelled = false;
    const batch = {
      numRows: 1,
      schema: { fields: [{ name: 'n', type: { typeId: 2 } }] },
      getChildAt: () => ({ get: () => 1 }),
    } satisfies ArrowTableLike;
    const connection: ConsoleConnection = {
      execute: async () => undefined,
      send: async () => ({
        batches: (function* () {
          yield batch;
          cancelled = true;
          yield batch;
        })(),
        fields: () => batch.schema.fields,
      }),
      cancel: async () => true,
      close: async () => undefined,
    };
    await expect(runConsoleQuery(connection, 'SELECT 1', () => cancelled)).rejects.toBeInstanceOf(
      ConsoleCancelledError,
    );
  });
});

describe("locating DuckDB's fault", () => {
  const messageOf = async (text: string): Promise<string> => {
    try {
      await runConsoleQuery(consoleConn, text);
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error('expected an error');
  };

  it('finds the column DuckDB points at on a later line', async () => {
    const text = 'SELECT year,\n  score,\n  nope\nFROM scores';
    const location = locateEngineError(await messageOf(text), text);
    expect(location).toEqual({ line: 3, column: 3, offset: text.indexOf('nope') });
  });

  it('finds a syntax error', async () => {
    const text = 'SELECT * FORM scores';
    expect(locateEngineError(await messageOf(text), text)?.offset).toBe(text.indexOf('scores'));
  });

  it('finds the fault in a long line DuckDB cut short', async () => {
    const text = `SELECT '${'a'.repeat(120)}' AS long_text, nope FROM scores`;
    expect(locateEngineError(await messageOf(text), text)?.offset).toBe(text.indexOf('nope'));
  });

  it('gives no place when the message names none', () => {
    expect(locateEngineError('Out of Memory Error: failed', 'SELECT 1')).toBeNull();
  });
});

describe('inlineSqlParameters', () => {
  it("turns a chart's bound query into SQL that gives the same rows", async () => {
    const bound = sql`SELECT year, score FROM scores
      WHERE province_code = ${'P43'} AND indicator = ${'total'} AND year >= ${2020} AND ${true}
      ORDER BY year`;
    const inlined = inlineSqlParameters(bound.text, bound.params);
    expect(inlined).toContain("province_code = 'P43'");
    const viaConsole = await runConsoleQuery(consoleConn, inlined);
    const viaApp = await connector.query<{ year: number; score: number }>(bound);
    expect(viaConsole.rows).toEqual(viaApp.map((row) => [row.year, row.score]));
  });

  it('escapes quotes, writes NULL, and leaves question marks in strings and comments alone', () => {
    expect(
      inlineSqlParameters('SELECT ? AS a, \'?\' AS b, ? AS c -- why?\n, "?" AS d', ["Hà Nội's", null]),
    ).toBe("SELECT 'Hà Nội''s' AS a, '?' AS b, NULL AS c -- why?\n, \"?\" AS d");
  });

  it('refuses a count mismatch', () => {
    expect(() => inlineSqlParameters('SELECT ?', [])).toThrow(RangeError);
  });
});

describe('the schema listing', () => {
  it('lists the tables and views with their columns', async () => {
    const schema = await fetchConsoleSchema(connector);
    const byName = new Map(schema.map((relation) => [relation.name, relation]));
    expect(byName.get('scores')?.kind).toBe('table');
    expect(byName.get('groups')?.kind).toBe('view');
    expect(byName.get('task_completion')?.columns.map((c) => c.name)).toContain('completion_rate');
    expect(byName.get('provinces')?.columns[0]).toEqual({ name: 'code', type: 'VARCHAR' });
  });
});
