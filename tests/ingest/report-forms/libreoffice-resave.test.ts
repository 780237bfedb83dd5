// A returned form that went through LibreOffice Calc: the made form for Huyện Cư Jút, Quý III/2025, answered on
// three rows and saved again as .xlsx by LibreOffice 7.4 (the fixture, see tests/fixtures/import/README.md).
// LibreOffice rewrites the whole file (its own styles, the hidden sheet's state, dates as serials): the answers
// must still come back as the unit's rows for the period.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/db/connector.ts';
import { sql } from '../../../src/db/sql.ts';
import { importAndKeep } from '../../../src/session/import-and-keep.ts';
import { createLoadedConnector } from '../../helpers/data-files.ts';
import { bundledForms } from '../../export/report-forms/bundled-forms.ts';
import { readImportFixture } from '../import-test-context.ts';

let conn: Connector;
beforeAll(async () => {
  conn = await createLoadedConnector();
});
afterAll(async () => {
  await conn.close();
});

describe('a report form saved by LibreOffice Calc', () => {
  it('loads as the answered rows of its unit and period', async () => {
    // Cư Jút's task rows, from its 2025-Q2 form: the districts ended on 30 June 2025, so no Q3 form is made any
    // more; the fixture's Q3 form, made before that end was known, has the same rows.
    const form = (await bundledForms(conn, '2025-Q2')).find((candidate) => candidate.unit === 'Huyện Cư Jút');
    const taskOf = (index: number): string => form?.rows[index]?.taskId ?? '';
    const result = await importAndKeep(
      conn,
      [
        {
          name: 'bao cao Cu Jut.xlsx',
          bytes: readImportFixture('report-form-cu-jut-2025-q3.libreoffice.xlsx'),
        },
      ],
      () => Promise.resolve({ ok: true as const, value: 0 }),
    );
    expect(result.outcome).toMatchObject({ ok: true });
    const rows = await conn.query(
      sql`SELECT task_id, status, percent, reported_on, note FROM task_progress
          WHERE unit = 'Huyện Cư Jút' AND period = '2025-Q3' ORDER BY task_id`,
    );
    // The answers typed into the form before LibreOffice saved it; the other rows were cleared.
    expect(rows).toEqual(
      [
        {
          task_id: taskOf(0),
          status: 'done',
          percent: 100,
          reported_on: '2025-10-15',
          note: 'Đã tổ chức 12 hội nghị',
        },
        {
          task_id: taskOf(1),
          status: 'in_progress',
          percent: 40,
          reported_on: '2025-10-16',
          note: 'Khó khăn, vướng mắc: Thiếu kinh phí',
        },
        { task_id: taskOf(2), status: 'not_started', percent: 0, reported_on: null, note: null },
      ].sort((a, b) => a.task_id.localeCompare(b.task_id)),
    );
  });
});
