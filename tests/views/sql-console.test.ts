// The console's pure parts: the CSV people download, numbers per locale, the example queries (run against
// real DuckDB: the Đắk Nông question has its answer), descriptions for every table, refusals in words.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector.ts';
import { runConsoleQuery, type ConsoleColumn } from '../../src/console/console-query.ts';
import type { ConsoleConnection } from '../../src/db/console-connection.ts';
import { checkConsoleStatement, type GuardRefusal } from '../../src/console/statement-guard.ts';
import { createI18n } from '../../src/i18n/create-i18n.ts';
import { fetchConsoleSchema } from '../../src/queries/sql-console-schema.ts';
import { buildExampleQueries } from '../../src/views/data/sql-console/example-queries.ts';
import { formatConsoleCell } from '../../src/views/data/sql-console/format-cell.ts';
import { buildResultCsv } from '../../src/views/data/sql-console/result-csv.ts';
import { describeRefusal } from '../../src/views/data/sql-console/run-outcome.tsx';
import { relationDescriptionKey } from '../../src/views/data/sql-console/schema-panel.tsx';
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

describe('the result CSV', () => {
  const columns: ConsoleColumn[] = [
    { name: 'tỉnh', kind: 'text' },
    { name: 'change', kind: 'number' },
  ];

  it('starts with a BOM, uses CRLF, and in Vietnamese writes decimal commas with ; between fields', () => {
    const csv = buildResultCsv(columns, [['Đắk Nông', -1.57]], 'vi');
    expect(csv).toBe('\uFEFFtỉnh;change\r\nĐắk Nông;-1,57\r\n');
  });

  it('in English writes decimal points with , between fields and quotes a cell holding a comma', () => {
    expect(buildResultCsv(columns, [['Huế, TT', 2.5]], 'en')).toBe('\uFEFFtỉnh,change\r\n"Huế, TT",2.5\r\n');
  });

  it('neutralises a formula but keeps negative numbers numeric, as numbers and as number-like text', () => {
    const csv = buildResultCsv(
      [{ name: 'f', kind: 'text' }, ...columns],
      [
        ['=1+1', '-3.5', -3.5],
        ['@SUM(A1)', null, true],
      ],
      'vi',
    );
    expect(csv).toBe("\uFEFFf;tỉnh;change\r\n'=1+1;-3.5;-3,5\r\n'@SUM(A1);;TRUE\r\n");
  });
});

describe('numbers in the table', () => {
  it('follow the locale, group only from five digits, and show missing as a dash', () => {
    expect(formatConsoleCell(40.5412, 'vi-VN')).toBe('40,5412');
    expect(formatConsoleCell(2024, 'vi-VN')).toBe('2024');
    expect(formatConsoleCell(100000, 'vi-VN')).toBe('100.000');
    expect(formatConsoleCell(100000, 'en-GB')).toBe('100,000');
    expect(formatConsoleCell(null, 'en-GB')).toBe('—');
  });
});

describe('the example queries', () => {
  it.each(['vi', 'en'] as const)('all run and pass the guard (%s)', async (lang) => {
    for (const example of buildExampleQueries(createI18n(lang), 'P43', 'Đắk Nông')) {
      expect(checkConsoleStatement(example.sql)).toEqual({ allowed: true });
      const result = await runConsoleQuery(consoleConn, example.sql);
      expect(result.rows.length, example.id).toBeGreaterThan(0);
    }
  });

  it('answers which sub-dimensions of Đắk Nông fell two years running', async () => {
    const [fell] = buildExampleQueries(createI18n('vi'), 'P43', 'Đắk Nông');
    expect(fell?.title).toBe('Đắk Nông: chỉ số thành phần giảm điểm hai năm liền');
    const result = await runConsoleQuery(consoleConn, fell?.sql ?? '');
    const names = result.columns.map((column) => column.name);
    const at = (row: readonly unknown[], name: string) => row[names.indexOf(name)];
    for (const row of result.rows) {
      expect(at(row, 'score_to')).toBeLessThan(at(row, 'score_middle') as number);
      expect(at(row, 'score_middle')).toBeLessThan(at(row, 'score_from') as number);
      expect(at(row, 'to_year')).toBe((at(row, 'from_year') as number) + 2);
      // Never across a break in the indicator's definition (2018 for every indicator).
      expect([2018, 2019]).not.toContain(at(row, 'to_year'));
    }
    // Checked by hand from data/papi-scores.csv: sub-dimension 1.1 fell in 2012 and 2013 (to 2013).
    expect(
      result.rows.map((row) => `${String(at(row, 'indicator'))}@${String(at(row, 'to_year'))}`),
    ).toContain('1.1@2013');
  });
});

describe('the schema panel', () => {
  it('describes every loaded table and view in both languages', async () => {
    const schema = await fetchConsoleSchema(connector);
    for (const relation of schema) {
      expect(relationDescriptionKey(relation.name), relation.name).not.toBe('console.table.other');
      expect(createI18n('en').t(relationDescriptionKey(relation.name))).not.toBe('');
    }
  });
});

describe('refusals in words', () => {
  it('say what was refused in the UI language', () => {
    const verdict = checkConsoleStatement('DROP TABLE scores');
    expect(verdict.allowed).toBe(false);
    const text = describeRefusal(verdict as GuardRefusal, createI18n('vi'));
    expect(text).toContain('DROP');
    expect(
      describeRefusal({ reason: 'forbidden-function', word: 'read_csv', offset: 0 }, createI18n('en')),
    ).toContain('read_csv()');
  });
});
