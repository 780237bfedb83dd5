// The SQL console cannot damage the data: every hostile statement is refused before it reaches the
// engine, and afterwards the tables (row counts), the catalogue, the attached databases, the loaded
// extensions and every setting are exactly as before. Runs against real DuckDB with the bundled data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector.ts';
import {
  ConsoleRefusedError,
  runConsoleQuery,
  runInRolledBackTransaction,
} from '../../src/console/console-query.ts';
import type { ConsoleConnection } from '../../src/db/console-connection.ts';
import { sqlRaw } from '../../src/db/sql.ts';
import { checkConsoleStatement } from '../../src/console/statement-guard.ts';
import { createNodeConsoleDatabase } from '../helpers/node-console-db.ts';

let connector: Connector;
let console_: ConsoleConnection;
let before: string;

const TABLES = [
  ...['score_rows', 'provinces', 'indicators', 'plans', 'plan_tasks', 'task_progress', 'datasets'],
  ...['scores', 'rankings', 'task_pair_states', 'task_completion', 'national_stats', 'groups'],
];

/** Everything a statement could change, as one comparable text. */
async function fingerprint(): Promise<string> {
  const counts = await connector.query(
    sqlRaw(
      TABLES.map((table) => `SELECT '${table}' AS name, count(*) AS n FROM ${table}`).join(' UNION ALL '),
    ),
  );
  const catalogue = await connector.query(
    sqlRaw(`SELECT database_name, schema_name, table_name AS name, 'table' AS kind FROM duckdb_tables()
            UNION ALL SELECT database_name, schema_name, view_name, 'view' FROM duckdb_views() WHERE NOT internal
            UNION ALL SELECT database_name, schema_name, function_name, 'macro' FROM duckdb_functions() WHERE NOT internal
            UNION ALL SELECT database_name, schema_name, sequence_name, 'sequence' FROM duckdb_sequences()
            ORDER BY ALL`),
  );
  const databases = await connector.query(
    sqlRaw('SELECT database_name FROM duckdb_databases() ORDER BY ALL'),
  );
  const extensions = await connector.query(
    sqlRaw('SELECT extension_name, loaded, installed FROM duckdb_extensions() ORDER BY ALL'),
  );
  const settings = await connector.query(sqlRaw('SELECT name, value FROM duckdb_settings() ORDER BY name'));
  const sample = await connector.query(
    sqlRaw(
      "SELECT score FROM score_rows WHERE province_code = 'P43' AND year = 2024 ORDER BY indicator LIMIT 3",
    ),
  );
  return JSON.stringify({ counts, catalogue, databases, extensions, settings, sample });
}

beforeAll(async () => {
  const database = await createNodeConsoleDatabase();
  connector = database.connector;
  console_ = database.openConsoleConnection();
  // A sequence exists so nextval would have something to change.
  await connector.query(sqlRaw('CREATE SEQUENCE console_probe_seq'));
  before = await fingerprint();
}, 60_000);
afterAll(async () => {
  await console_.close();
  await connector.close();
});

/** [what the attack tries, the statement]. */
const HOSTILE: readonly (readonly [string, string])[] = [
  ['drop a table', 'DROP TABLE scores'],
  ['delete rows', 'DELETE FROM task_progress'],
  ['update rows', 'UPDATE score_rows SET score = 0'],
  ['insert rows', 'INSERT INTO plans SELECT * FROM plans'],
  ['create a table', 'CREATE TABLE pwned AS SELECT 1 AS x'],
  ['replace a view', 'CREATE OR REPLACE VIEW national_stats AS SELECT 1 AS x'],
  ['create a macro', 'CREATE MACRO pwned() AS 1'],
  ['rename a table', 'ALTER TABLE provinces RENAME TO p2'],
  ['truncate', 'TRUNCATE task_progress'],
  ['lower-case, spaced', '  \n\tdelete   from plans'],
  ['attach memory', "ATTACH ':memory:' AS other"],
  ['attach a file', "ATTACH 'evil.duckdb' AS evil"],
  ['detach', 'DETACH memory'],
  ['use', 'USE memory'],
  ['copy to a file', "COPY scores TO 'out.csv'"],
  ['copy into a table', "COPY score_rows FROM 'x.csv'"],
  ['copy a query', "COPY (SELECT * FROM plans) TO 'x.parquet' (FORMAT parquet)"],
  ['export database', "EXPORT DATABASE 'dump'"],
  ['import database', "IMPORT DATABASE 'dump'"],
  ['install', 'INSTALL httpfs'],
  ['force install', 'FORCE INSTALL json'],
  ['load', 'LOAD httpfs'],
  ['update extensions', 'UPDATE EXTENSIONS'],
  ['set autoload', 'SET autoload_known_extensions = true'],
  ['set global', 'SET GLOBAL threads = 1'],
  ['set session', "SET SESSION search_path = 'main'"],
  ['reset', 'RESET autoinstall_known_extensions'],
  ['pragma statement', 'PRAGMA enable_profiling'],
  ['pragma assignment', 'PRAGMA threads = 1'],
  ['call', 'CALL checkpoint()'],
  ['call logging', 'CALL enable_logging()'],
  ['checkpoint', 'CHECKPOINT'],
  ['vacuum', 'VACUUM'],
  ['analyze', 'ANALYZE'],
  ['prepare a write', 'PREPARE p AS DELETE FROM plans'],
  ['execute', 'EXECUTE p'],
  ['deallocate', 'DEALLOCATE p'],
  ['begin', 'BEGIN TRANSACTION'],
  ['commit', 'COMMIT'],
  ['rollback', 'ROLLBACK'],
  ['create secret', "CREATE SECRET s (TYPE s3, KEY_ID 'x', SECRET 'y')"],
  ['comment on', "COMMENT ON TABLE plans IS 'x'"],
  ['pivot statement', 'PIVOT scores ON year USING avg(score)'],
  ['explain analyze a write', 'EXPLAIN ANALYZE DELETE FROM plans'],
  ['two statements', 'SELECT 1; DROP TABLE scores'],
  ['semicolon hidden in a string first', "SELECT ';'; DELETE FROM plans"],
  ['semicolon in a block comment', 'SELECT 1 /* ; */ ; DELETE FROM plans'],
  ['nested block comment', 'SELECT 1 /* /* */ */ ; DELETE FROM plans'],
  ['semicolon in a line comment', 'SELECT 1 -- ;\n; DELETE FROM plans'],
  ['dollar-quoted string', 'SELECT $$;$$; DELETE FROM plans'],
  ['tagged dollar quote', 'SELECT $t$ $$ ; $t$; DELETE FROM plans'],
  ['escape string with a backslash', "SELECT E'\\\\'; DELETE FROM plans; --'"],
  ['quoted identifier with a semicolon', 'SELECT 1 AS ";"; DROP TABLE plans'],
  ['a write behind a CTE', 'WITH x AS (SELECT 1) DELETE FROM plans'],
  ['an insert behind a CTE', 'WITH x AS (SELECT 1) INSERT INTO plans SELECT * FROM plans'],
  ['parenthesised write', '(DELETE FROM plans)'],
  ['read_csv a file', "SELECT * FROM read_csv('data/plans.csv')"],
  ['read_csv_auto a URL', "SELECT * FROM read_csv_auto('http://example.com/x.csv')"],
  ['quoted read_csv', `SELECT * FROM "read_csv"('x.csv')`],
  ['schema-qualified read_csv', "SELECT * FROM main.read_csv('x.csv')"],
  ['read_parquet', "SELECT * FROM read_parquet('x.parquet')"],
  ['parquet_scan', "SELECT * FROM parquet_scan('x.parquet')"],
  ['read_json', "SELECT * FROM read_json('x.json')"],
  ['read_text', "SELECT * FROM read_text('x.txt')"],
  ['read_blob in a scalar sub-query', "SELECT (SELECT content FROM read_blob('x')) AS c"],
  ['sqlite_scan', "SELECT * FROM sqlite_scan('x.db', 't')"],
  ['glob the file system', "SELECT * FROM glob('*')"],
  ['sniff_csv', "SELECT * FROM sniff_csv('x.csv')"],
  ['a file as a table (replacement scan)', "SELECT * FROM 'http://example.com/x.csv'"],
  ['FROM-first file', "FROM 'plans.csv'"],
  ['a file as a quoted name', 'SELECT * FROM "x.csv"'],
  ['a file after a comma', "SELECT * FROM plans, 'x.parquet'"],
  ['a file in a join', "SELECT * FROM plans JOIN 'x.csv' USING (plan)"],
  ['a file in a sub-query', "SELECT * FROM (SELECT * FROM 'x.csv')"],
  ['a file in a CTE', "WITH f AS (FROM 'x.csv') SELECT * FROM f"],
  ['describe a file', "DESCRIBE 'x.csv'"],
  ['summarize a file', "SUMMARIZE 'x.csv'"],
  ['show a URL', "SHOW 'http://example.com/x.csv'"],
  ['show a file as a quoted name', 'SHOW "x.csv"'],
  ['summarize a URL as a quoted name', 'SUMMARIZE "http://example.com/x.parquet"'],
  ['describe a file read by a query', "DESCRIBE SELECT * FROM 'x.csv'"],
  ['show a file read by FROM-first', "SHOW FROM 'x.csv'"],
  ['dynamic SQL: query()', "SELECT * FROM query('SELECT 1')"],
  ['dynamic SQL: query_table()', "SELECT * FROM query_table('scores')"],
  ['checkpoint as a table function', 'SELECT * FROM checkpoint()'],
  ['force_checkpoint', 'SELECT * FROM force_checkpoint()'],
  ['pragma function', "SELECT * FROM pragma_table_info('scores')"],
  ['enable_logging as a function', 'SELECT * FROM enable_logging()'],
  ['getenv', "SELECT getenv('HOME')"],
  ['nextval changes a sequence', "SELECT nextval('console_probe_seq')"],
  ['setval', "SELECT setval('console_probe_seq', 10)"],
  ['json_execute_serialized_sql', "SELECT * FROM json_execute_serialized_sql('{}')"],
  ['empty', '  -- nothing\n'],
];

describe('the statement guard', () => {
  it.each(HOSTILE)('refuses %s and leaves tables and settings unchanged', async (_what, statement) => {
    const run = runConsoleQuery(console_, statement);
    await expect(run).rejects.toBeInstanceOf(ConsoleRefusedError);
    expect(await fingerprint()).toBe(before);
  });

  const ALLOWED = [
    'SELECT count(*) AS n FROM scores',
    'select count(*) as n from scores;',
    '-- a comment first\nFROM scores SELECT count(*) AS n',
    "WITH s AS (SELECT * FROM scores WHERE province_code = 'P43') SELECT count(*) AS n FROM s",
    "SELECT 'FROM x.csv; DROP TABLE scores' AS text_with_keywords",
    "SELECT * FROM scores WHERE indicator IN ('1.1', '1.2') LIMIT 1",
    "SELECT * FROM (VALUES ('a'), ('b')) AS t(x)",
    'SELECT "update" FROM (SELECT 1 AS "update")',
    "SELECT current_setting('threads') AS threads",
    'DESCRIBE scores',
    'SHOW TABLES',
    'SUMMARIZE plans',
    'TABLE provinces',
    '(SELECT 1 AS one)',
  ];
  it.each(ALLOWED)('runs the read-only query %j', async (statement) => {
    const result = await runConsoleQuery(console_, statement);
    expect(result.rows.length).toBeGreaterThan(0);
    expect(await fingerprint()).toBe(before);
  });

  it('says where the second statement starts', () => {
    expect(checkConsoleStatement('SELECT 1;\nDROP TABLE x')).toMatchObject({
      allowed: false,
      reason: 'several-statements',
      offset: 10,
    });
  });

  it('names the refused word and function', () => {
    expect(checkConsoleStatement('WITH x AS (SELECT 1) DELETE FROM plans')).toMatchObject({
      reason: 'forbidden-word',
      word: 'DELETE',
    });
    expect(checkConsoleStatement("SELECT * FROM Read_CSV('x')")).toMatchObject({
      reason: 'forbidden-function',
      word: 'read_csv',
    });
  });
});

describe('the engine itself (the second line, without the guard): no file or URL outside the registered files', () => {
  const READS = [
    "SELECT * FROM read_csv('http://127.0.0.1:9/x.csv')",
    "SHOW 'http://127.0.0.1:9/x.csv'",
    "SELECT * FROM 'data/plans.csv'",
    "SELECT * FROM read_text('/etc/hostname')",
    "SELECT * FROM glob('/*')",
    "COPY (SELECT 1) TO '/tmp/papi-console-probe.csv'",
  ];
  it.each(READS)('refuses %j with a permission error', async (statement) => {
    await expect(runInRolledBackTransaction(console_, statement)).rejects.toThrow(
      /Permission Error|disabled by configuration/,
    );
    expect(await fingerprint()).toBe(before);
  });

  it('cannot be switched back on by a statement', async () => {
    await expect(runInRolledBackTransaction(console_, 'SET enable_external_access = true')).rejects.toThrow(
      /Cannot change enable_external_access/,
    );
  });
});

describe('the rolled-back transaction (the second line, without the guard)', () => {
  const WRITES = [
    'DELETE FROM task_progress',
    'UPDATE score_rows SET score = 0',
    'INSERT INTO plans SELECT * FROM plans',
    'DROP TABLE scores',
    'CREATE TABLE pwned AS SELECT 1 AS x',
  ];
  it.each(WRITES)('undoes %j', async (statement) => {
    await runInRolledBackTransaction(console_, statement);
    expect(await fingerprint()).toBe(before);
  });
});
