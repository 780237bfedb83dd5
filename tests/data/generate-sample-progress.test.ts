import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATA_DIR } from '../../data/scripts/build-papi-scores.ts';
import { writeSampleProgress } from '../../data/scripts/generate-sample-progress.ts';
import { parseCsvRecords } from '../../data/scripts/lib/csv.ts';
import { mulberry32 } from '../../data/scripts/lib/prng.ts';
import {
  DAK_NONG_DISTRICTS,
  POST_MERGER_COMMUNES,
  UNIT_LIFETIMES_HEADER,
  reportingUnitsOfTask,
} from '../../data/scripts/lib/reporting-units.ts';
import {
  PROGRESS_HEADER,
  SAMPLE_NOTE,
  quartersBetween,
  reportDateOf,
} from '../../data/scripts/lib/sample-progress.ts';

let outDir = '';
let rows: Record<(typeof PROGRESS_HEADER)[number], string>[] = [];
const taskIds = parseCsvRecords(readFileSync(join(DATA_DIR, 'plan-tasks.csv'), 'utf8'), ['task_id']).map(
  (t) => t.task_id,
);

beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'papi-progress-'));
  writeSampleProgress(DATA_DIR, outDir);
  rows = parseCsvRecords(readFileSync(join(outDir, 'task-progress.sample.csv'), 'utf8'), PROGRESS_HEADER);
});

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('npm run data:progress', () => {
  it('reproduces the committed data/task-progress.sample.csv', () => {
    expect(readFileSync(join(outDir, 'task-progress.sample.csv'), 'utf8')).toBe(
      readFileSync(join(DATA_DIR, 'task-progress.sample.csv'), 'utf8'),
    );
  });

  it('reproduces the committed data/unit-lifetimes.csv', () => {
    expect(readFileSync(join(outDir, 'unit-lifetimes.csv'), 'utf8')).toBe(
      readFileSync(join(DATA_DIR, 'unit-lifetimes.csv'), 'utf8'),
    );
  });

  it("has no district report after 1 July 2025: the communes' unit reports the districts' tasks, marked as sample", () => {
    const afterMerger = rows.filter((r) => r.period >= '2025-Q3');
    expect(afterMerger.filter((r) => DAK_NONG_DISTRICTS.includes(r.unit))).toEqual([]);
    const communes = afterMerger.filter((r) => r.unit === POST_MERGER_COMMUNES);
    expect(new Set(communes.map((r) => r.period))).toEqual(new Set(['2025-Q3', '2025-Q4']));
    expect(communes.filter((r) => r.note !== SAMPLE_NOTE)).toEqual([]);
    // Every task the districts reported on before is reported on by the communes' unit after (bar a skipped quarter).
    const districtTasks = new Set(
      rows.filter((r) => DAK_NONG_DISTRICTS.includes(r.unit)).map((r) => r.task_id),
    );
    expect(new Set(communes.map((r) => r.task_id))).toEqual(districtTasks);
    expect(rows.filter((r) => r.period < '2025-Q3' && r.unit === POST_MERGER_COMMUNES)).toEqual([]);
  });

  it("says when each district ended and when the communes' unit began, for the plan's province", () => {
    const lifetimes = parseCsvRecords(
      readFileSync(join(DATA_DIR, 'unit-lifetimes.csv'), 'utf8'),
      UNIT_LIFETIMES_HEADER,
    );
    expect(lifetimes.filter((r) => r.ended_on === '2025-06-30').map((r) => r.unit)).toEqual(
      DAK_NONG_DISTRICTS,
    );
    expect(lifetimes.filter((r) => r.started_on === '2025-07-01').map((r) => r.unit)).toEqual([
      POST_MERGER_COMMUNES,
    ]);
    expect(new Set(lifetimes.map((r) => r.province_code))).toEqual(new Set(['P43']));
    // One row per (province, unit): the app joins on that key.
    expect(new Set(lifetimes.map((r) => `${r.province_code}|${r.unit}`)).size).toBe(lifetimes.length);
  });

  it('says on every row that it is illustrative', () => {
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.note !== SAMPLE_NOTE)).toEqual([]);
  });

  it('keeps status and percent consistent', () => {
    const inconsistent = rows.filter((r) => {
      const percent = Number(r.percent);
      if (!Number.isInteger(percent) || percent < 0 || percent > 100) return true;
      if (r.status === 'done') return percent !== 100;
      if (r.status === 'not_started') return percent !== 0;
      return r.status !== 'in_progress' || percent === 0 || percent === 100;
    });
    expect(inconsistent).toEqual([]);
  });

  it('never lets progress of a task at a unit go back', () => {
    const last = new Map<string, number>();
    const regressions = rows.filter((r) => {
      const key = `${r.task_id}|${r.unit}`;
      const before = last.get(key) ?? 0;
      last.set(key, Number(r.percent));
      return Number(r.percent) < before;
    });
    expect(regressions).toEqual([]);
  });

  it('reports only on tasks of the plan, quarterly from 2024-Q3 to 2025-Q4, on the 20th after the quarter', () => {
    expect(rows.filter((r) => !taskIds.includes(r.task_id))).toEqual([]);
    expect([...new Set(rows.map((r) => r.period))].sort()).toEqual([
      '2024-Q3',
      '2024-Q4',
      '2025-Q1',
      '2025-Q2',
      '2025-Q3',
      '2025-Q4',
    ]);
    expect(rows.filter((r) => r.reported_on !== reportDateOf(r.period))).toEqual([]);
  });

  it('leaves some tasks never reported and some unit-quarters missing', () => {
    const reported = new Set(rows.map((r) => r.task_id));
    const never = taskIds.filter((id) => !reported.has(id));
    expect(never.length).toBeGreaterThanOrEqual(2);
    expect(never.length).toBeLessThanOrEqual(3);
    const pairs = new Set(rows.map((r) => `${r.task_id}|${r.unit}`));
    expect(rows.length).toBeLessThan(pairs.size * 6);
  });

  it('has units at every status somewhere', () => {
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['not_started', 'in_progress', 'done']));
  });
});

describe('sample progress helpers', () => {
  it('lists quarters across a year end', () => {
    expect(quartersBetween('2024-Q3', '2025-Q1')).toEqual(['2024-Q3', '2024-Q4', '2025-Q1']);
  });

  it('dates a report the 20th of the month after its quarter', () => {
    expect(reportDateOf('2024-Q3')).toBe('2024-10-20');
    expect(reportDateOf('2024-Q4')).toBe('2025-01-20');
  });

  it('expands agencies into reporting units', () => {
    expect(reportingUnitsOfTask(['Chủ tịch UBND cấp huyện', 'Chủ tịch UBND cấp xã'])).toEqual(
      DAK_NONG_DISTRICTS,
    );
    expect(reportingUnitsOfTask(['Giám đốc Sở Tài nguyên và Môi trường', 'Chủ tịch UBND cấp xã'])).toEqual([
      'Sở Tài nguyên và Môi trường',
      ...DAK_NONG_DISTRICTS,
    ]);
    expect(reportingUnitsOfTask(['Thủ trưởng các sở, ban, ngành']).length).toBeGreaterThan(2);
    expect(() => reportingUnitsOfTask(['Ban Dân vận'])).toThrow(/no reporting unit/);
  });

  it('repeats the same numbers for the same seed', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});
