// The derived tables after an import: only those that read an imported table are rebuilt (a scores import
// leaves the plan's tables alone), and every derived table then holds what a full build gives. Real DuckDB.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector.ts';
import { existingObjectNames } from '../../src/db/existing-objects.ts';
import { DERIVED_OBJECTS, DERIVED_TABLES, derivedStatementsAfter } from '../../src/db/schema.sql.ts';
import { CSV_TABLES, DATASETS_TABLE } from '../../src/db/tables.ts';
import { applyImport } from '../../src/ingest/apply/apply-import.ts';
import { buildDerivedTables } from '../../src/ingest/load-tables.ts';
import { planImportCsv, planImportFileName } from '../../src/ingest/plan-document/plan-review.ts';
import { createLoadedConnector } from '../helpers/data-files.ts';
import {
  csvFile,
  fingerprintTables,
  readFiles,
  reloadBundledData,
} from '../ingest/apply/apply-test-support.ts';
import { HA_GIANG_PLAN, HA_GIANG_TASK } from '../ingest/plan-document/ha-giang-plan.ts';

const nameOf = (statement: string): string =>
  DERIVED_OBJECTS.find((object) => object.sql === statement)?.name ?? '?';
const ALL = new Set(DERIVED_OBJECTS.map((object) => object.name));
const TABLES = DERIVED_TABLES;

describe('what each derived object reads', () => {
  const known = new Set<string>([...CSV_TABLES, DATASETS_TABLE, ...ALL]);
  for (const object of DERIVED_OBJECTS) {
    it(`${object.name}: the names its SQL reads are the ones it declares`, () => {
      // Tables and views after FROM or JOIN, macros where called; CTE names are not known names, so they drop out.
      const read = new Set(
        [...object.sql.matchAll(/\b(?:FROM|JOIN)\s+(\w+)|\b(\w+)\s*\(/gi)]
          .map((match) => match[1] ?? match[2] ?? '')
          .filter((name) => known.has(name) && name !== object.name),
      );
      expect([...read].sort()).toEqual([...object.reads].sort());
    });
  }
  it('are declared before what reads them', () => {
    const seen = new Set<string>();
    for (const object of DERIVED_OBJECTS) {
      for (const name of object.reads)
        if (ALL.has(name)) expect(seen, `${object.name} reads ${name}`).toContain(name);
      seen.add(object.name);
    }
  });
});

describe('derivedStatementsAfter', () => {
  it('a first build creates every macro, table and view, in order', () => {
    expect(derivedStatementsAfter(['score_rows'], new Set()).map(nameOf)).toEqual([...ALL]);
  });
  it('scores rebuild the score tables only; views and macros that exist are left', () => {
    expect(derivedStatementsAfter(['score_rows', DATASETS_TABLE], ALL).map(nameOf)).toEqual([
      'scores',
      'dimension_counts',
      'indicator_comparability',
      'rankings',
      'national_stats',
      'indicator_standing',
    ]);
  });
  it('progress rebuilds the task tables only; the province list reaches the rankings through a view', () => {
    expect(derivedStatementsAfter(['task_progress'], ALL).map(nameOf)).toEqual([
      'task_pair_states',
      'task_completion',
    ]);
    expect(derivedStatementsAfter(['provinces'], ALL).map(nameOf)).toEqual([
      'rankings',
      'national_stats',
      'indicator_standing',
    ]);
  });
  it('an object missing from the engine is created even when nothing it reads changed', () => {
    const withoutGroups = new Set([...ALL].filter((name) => name !== 'groups'));
    expect(derivedStatementsAfter(['task_progress'], withoutGroups).map(nameOf)).toEqual([
      'groups',
      'task_pair_states',
      'task_completion',
    ]);
  });
});

describe('an import leaves every derived table as a full build gives it', () => {
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

  const fingerprints = () => fingerprintTables(conn, TABLES);

  type File = { name: string; bytes: Uint8Array } | string;
  const cases: [string, () => File | File[]][] = [
    ['scores (long)', () => 'scores-long-2025.csv'],
    [
      'a corrected score of Đắk Nông, which moves its ranks',
      () =>
        csvFile('scores-corrected.csv', [
          'Tỉnh,Năm,Chỉ số,Điểm',
          'Đắk Nông,2024,1.1,1.5',
          'Đắk Nông,2024,2.1,1.5',
        ]),
    ],
    [
      // Rebuilt by year: 2022 and 2023, and the standing of 2023 and 2024, which compare with the year before.
      'two files, scores of 2022 and of 2023',
      () => [
        csvFile('scores-2022.csv', ['Tỉnh,Năm,Chỉ số,Điểm', 'Đắk Nông,2022,1.1,1.5', 'Hà Nội,2022,2.1,1.5']),
        csvFile('scores-2023.csv', ['Tỉnh,Năm,Chỉ số,Điểm', 'Đắk Nông,2023,1.1,1.2']),
      ],
    ],
    ['progress', () => 'progress-semicolon-bom-crlf.csv'],
    [
      'a plan',
      () => ({
        name: planImportFileName(HA_GIANG_PLAN.plan),
        bytes: new TextEncoder().encode(planImportCsv(HA_GIANG_PLAN, [HA_GIANG_TASK], [])),
      }),
    ],
  ];
  for (const [label, file] of cases) {
    it(label, async () => {
      const before = await fingerprints();
      const outcome = await applyImport(conn, await readFiles(conn, [file()].flat()));
      expect(outcome.ok ? [] : outcome.problems).toEqual([]);
      const imported = await fingerprints();
      expect(imported, 'the import changed a derived table').not.toEqual(before);
      await buildDerivedTables(conn);
      expect(imported).toEqual(await fingerprints());
      const existing = await existingObjectNames(conn);
      expect([...ALL].filter((name) => !existing.has(name))).toEqual([]);
    });
  }
});
