// The one reading of a progress row (the schema's progress_reports), which the task states, the Plan view, the
// received panel and the latest period all select from: report dates read as the importer's parseDate reads them,
// units and periods trimmed, rows without a known period or status left out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector.ts';
import { sql } from '../../src/db/sql.ts';
import { CSV_COLUMNS, CSV_TABLES, type TableName } from '../../src/db/tables.ts';
import { loadTables } from '../../src/ingest/load-tables.ts';
import { parseDate } from '../../src/ingest/read/parse-values.ts';
import { createNodeConnector } from '../helpers/node-duckdb.ts';

const header = (table: TableName): string => CSV_COLUMNS[table].map(([name]) => name).join(',');

// Written as files write them; each is read by parseDate too (but Excel serial numbers, which only an import reads).
const DATES = ['2025-07-05', ' 2025-7-5 ', '2025-07-05T10:00', '05/07/2025', '5.7.2025', '05-07-2025'];
const NOT_DATES = ['25/12/24', '31/02/2025', '2025-13-01', 'hôm qua', ''];

let conn: Connector;
beforeAll(async () => {
  conn = await createNodeConnector();
  const rows = [...DATES, ...NOT_DATES].map((date, i) => `T-${String(i)},2025-Q3,Sở A,done,100,"${date}",`);
  const files = Object.fromEntries(CSV_TABLES.map((table) => [table, `${header(table)}\n`]));
  files.task_progress = [
    header('task_progress'),
    ...rows,
    'T-U, 2025-Q3 ,  Sở B  ,in_progress,50,2025-07-01,',
    'T-S,2025-Q3,Sở C,cancelled,,2025-07-01,',
    'T-P,Quý 3,Sở C,done,,2025-07-01,',
  ].join('\n');
  await loadTables(conn, files, { sources: {} });
});
afterAll(async () => {
  await conn.close();
});

const readDate = async (taskId: string): Promise<string | null> => {
  const [row] = await conn.query<{ reportedOn: string | null }>(sql`
    SELECT strftime(reported_on, '%Y-%m-%d') AS "reportedOn" FROM progress_reports WHERE task_id = ${taskId}`);
  return row?.reportedOn ?? null;
};

describe('progress_reports', () => {
  it('reads every date form the importer reads as the same day', async () => {
    for (const [i, date] of DATES.entries()) {
      expect(parseDate(date), date).toBe('2025-07-05');
      expect(await readDate(`T-${String(i)}`), date).toBe('2025-07-05');
    }
  });

  it('reads no date where the importer reads none (never a guessed year or an impossible day)', async () => {
    for (const [i, date] of NOT_DATES.entries()) {
      expect(parseDate(date), date).toBeNull();
      expect(await readDate(`T-${String(DATES.length + i)}`), date).toBeNull();
    }
  });

  it('trims the unit and the period, and leaves out a row with an unknown status or period', async () => {
    const rows = await conn.query<{ taskId: string; unit: string; period: string }>(sql`
      SELECT task_id AS "taskId", unit, period FROM progress_reports WHERE task_id IN ('T-U', 'T-S', 'T-P')`);
    expect(rows).toEqual([{ taskId: 'T-U', unit: 'Sở B', period: '2025-Q3' }]);
  });
});
