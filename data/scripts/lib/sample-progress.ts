/** Generates illustrative quarterly progress reports for the plan's tasks (never real data). */
import { mulberry32 } from './prng.ts';
import { DAK_NONG_DISTRICTS, POST_MERGER_COMMUNES, reportingUnitsOfTask } from './reporting-units.ts';

export const PROGRESS_HEADER = [
  'task_id',
  'period',
  'unit',
  'status',
  'percent',
  'reported_on',
  'note',
] as const;

export const SAMPLE_NOTE =
  'Dữ liệu minh họa (không phải báo cáo thật) / Illustrative sample, not a real report';

export type ProgressStatus = 'not_started' | 'in_progress' | 'done';

export interface ProgressRow {
  readonly taskId: string;
  readonly period: string;
  readonly unit: string;
  readonly status: ProgressStatus;
  readonly percent: number;
  readonly reportedOn: string;
}

export interface TaskAgencies {
  readonly taskId: string;
  readonly executingAgencies: readonly string[];
}

export interface SampleSettings {
  readonly seed: number;
  readonly periods: readonly string[];
  /** How many tasks get no report at all, so "not reported" shows in the app. */
  readonly unreportedTasks: number;
  /** Chance that a unit skips one quarter's report. */
  readonly skipChance: number;
  /** The first quarter after the districts ended: from it the communes' unit reports instead of the districts. */
  readonly communesFrom: string;
}

/** Quarters from `first` to `last` inclusive, e.g. `2024-Q3` … `2025-Q4`. */
export function quartersBetween(first: string, last: string): string[] {
  const toIndex = (period: string): number => {
    const match = /^(\d{4})-Q([1-4])$/.exec(period);
    if (!match) throw new Error(`not a quarter: ${period}`);
    return Number(match[1]) * 4 + Number(match[2]) - 1;
  };
  const out: string[] = [];
  for (let i = toIndex(first); i <= toIndex(last); i++) out.push(`${Math.floor(i / 4)}-Q${(i % 4) + 1}`);
  return out;
}

/** The plan asks for reports by the 20th of the month after each quarter. */
export function reportDateOf(quarter: string): string {
  const [year = '', q = ''] = quarter.split('-Q');
  const month = Number(q) * 3 + 1;
  return month > 12 ? `${Number(year) + 1}-01-20` : `${year}-${String(month).padStart(2, '0')}-20`;
}

/** not_started at 0, done at 100, in_progress between. */
export function statusOf(percent: number): ProgressStatus {
  if (percent <= 0) return 'not_started';
  return percent >= 100 ? 'done' : 'in_progress';
}

/** A percent rounded to a step of 5. */
const toStepOfFive = (value: number): number => Math.round(value / 5) * 5;

/**
 * Per (task, unit): a random pace and start; each quarter the percent grows by about that pace (in steps of 5)
 * until 100, so progress never goes back. Some quarters are skipped; some tasks are never reported.
 * From `communesFrom` on the districts no longer exist: their rows stop and one collective unit for the new
 * communes and wards reports instead, taking up the districts' work where they left it (their mean percent).
 */
export function generateSampleProgress(
  tasks: readonly TaskAgencies[],
  settings: SampleSettings,
): ProgressRow[] {
  const random = mulberry32(settings.seed);
  // The communes' unit draws from a stream of its own, so every row before the merger, and every department's
  // row after it, is the same as when the districts reported throughout.
  const communesRandom = mulberry32(settings.seed + 1);
  const firstCommuneQuarter = settings.periods.indexOf(settings.communesFrom);
  const merged = (p: number): boolean => firstCommuneQuarter >= 0 && p >= firstCommuneQuarter;
  const silent = new Set<string>();
  while (silent.size < Math.min(settings.unreportedTasks, tasks.length)) {
    const pick = tasks[Math.floor(random() * tasks.length)];
    if (pick) silent.add(pick.taskId);
  }
  const rows: ProgressRow[] = [];
  for (const task of tasks) {
    const units = reportingUnitsOfTask(task.executingAgencies);
    if (silent.has(task.taskId)) continue;
    const paces = units.map(() => 5 + random() * 25);
    // About a third of the units start one or two quarters late.
    const starts = units.map(() => (random() < 0.35 ? 1 + Math.floor(random() * 2) : 0));
    const percents = units.map(() => 0);
    const districts = units.filter((unit) => DAK_NONG_DISTRICTS.includes(unit));
    const communes = { pace: 5 + communesRandom() * 25, percent: 0 };
    settings.periods.forEach((period, p) => {
      if (merged(p) && p === firstCommuneQuarter && districts.length > 0) {
        const left = districts.map((unit) => percents[units.indexOf(unit)] ?? 0);
        communes.percent = toStepOfFive(left.reduce((sum, value) => sum + value, 0) / left.length);
      }
      units.forEach((unit, u) => {
        const started = p >= (starts[u] ?? 0);
        const step = started ? toStepOfFive((paces[u] ?? 0) * (0.3 + random() * 1.4)) : 0;
        const percent = Math.min(100, (percents[u] ?? 0) + step);
        percents[u] = percent;
        // A district's draws are still made after its end (and dropped), so the other rows stay as they were.
        if (random() < settings.skipChance || (merged(p) && districts.includes(unit))) return;
        rows.push({
          taskId: task.taskId,
          period,
          unit,
          status: statusOf(percent),
          percent,
          reportedOn: reportDateOf(period),
        });
      });
      if (!merged(p) || districts.length === 0) return;
      const step = toStepOfFive(communes.pace * (0.3 + communesRandom() * 1.4));
      communes.percent = Math.min(100, communes.percent + step);
      if (communesRandom() < settings.skipChance) return;
      rows.push({
        taskId: task.taskId,
        period,
        unit: POST_MERGER_COMMUNES,
        status: statusOf(communes.percent),
        percent: communes.percent,
        reportedOn: reportDateOf(period),
      });
    });
  }
  return rows;
}

/** The row as cells in PROGRESS_HEADER order, with the illustrative note. */
export function progressRowCells(row: ProgressRow): string[] {
  return [row.taskId, row.period, row.unit, row.status, String(row.percent), row.reportedOn, SAMPLE_NOTE];
}
