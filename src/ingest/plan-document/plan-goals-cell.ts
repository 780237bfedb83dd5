// The goals the user confirmed in a plan's review travel with its tasks: one cell (column plan_goals of
// the plan-tasks file the review writes, on the first task's row) holds them as JSON, so the kept import
// carries them and the next start-up re-applies them with the tasks. Read back as plan_goals rows.

import { CSV_COLUMNS } from '../../db/tables.ts';
import { csvField } from '../read/to-canonical-csv.ts';
import type { PlanTaskRow } from '../read/import-rows.ts';
import type { PlanTarget } from './plan-targets.ts';

/** One goal as stored: the plan_goals columns it sets (db/tables.ts); the target year is the plan's. */
interface StoredGoal {
  indicator: string;
  kind: PlanTarget['kind'];
  score?: number;
  papi_group?: string;
  places?: number;
  rise_score?: boolean;
  rise_group?: boolean;
  since_year?: number | null;
  text: string;
}

function storedGoal(target: PlanTarget): StoredGoal {
  const base = { indicator: target.indicator, kind: target.kind, text: target.text };
  switch (target.kind) {
    case 'score':
      return { ...base, score: target.score };
    case 'group':
      return { ...base, papi_group: target.group };
    case 'rank':
      return { ...base, places: target.places, since_year: target.since };
    case 'rise':
      return { ...base, rise_score: target.score, rise_group: target.group, since_year: target.since };
  }
}

/** The confirmed goals as the cell's text ('[]': the plan sets none, so a re-import drops earlier ones). */
export const planGoalsCell = (targets: readonly PlanTarget[]): string =>
  JSON.stringify(targets.map(storedGoal));

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The goals in a cell, one record per goal; throws on a cell that is not a list of goals. */
function goalsOfCell(cell: string): Record<string, unknown>[] {
  const parsed: unknown = JSON.parse(cell);
  if (!Array.isArray(parsed) || !parsed.every(isRecord))
    throw new Error(`plan_goals is not a list of goals: ${cell.slice(0, 80)}`);
  return parsed;
}

/** Whether a plan_goals cell holds a list of goals (the reader refuses any other text at its cell). */
export function isPlanGoalsCell(cell: string): boolean {
  try {
    goalsOfCell(cell);
    return true;
  } catch {
    return false;
  }
}

/** What a plan file says about goals: the plans whose goals it sets (null: it carries none), and their rows as plan_goals CSV. */
export function planGoalsOfRows(
  rows: readonly PlanTaskRow[],
): { plans: readonly string[]; csv: string } | null {
  const cells = new Map<string, string>();
  for (const row of rows) {
    if (row.plan_goals != null && !cells.has(row.plan)) cells.set(row.plan, row.plan_goals);
  }
  if (cells.size === 0) return null;
  const columns = CSV_COLUMNS.plan_goals.map(([name]) => name);
  const lines = [...cells].flatMap(([plan, cell]) =>
    goalsOfCell(cell).map((goal) => {
      const values: Record<string, unknown> = { ...goal, plan, target_year: null };
      return columns.map((column) => csvField(values[column])).join(',');
    }),
  );
  return { plans: [...cells.keys()], csv: `${[columns.join(','), ...lines].join('\n')}\n` };
}
