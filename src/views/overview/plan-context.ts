// What the Overview can say about the province's improvement plan in the year shown: a plan aims at one PAPI
// year, and its task completion belongs next to that year's scores only.
import type { DimensionStanding } from '../../domain/types.ts';

export type PlanContext =
  /** No plan is loaded for the province: no completion column, one note. */
  | { kind: 'none' }
  /** A plan is loaded but aims at another year: no completion column, one note naming that year. */
  | { kind: 'other-year'; targetYear: number }
  /** The year shown is the plan's target year: completion as of `period` (null if nothing reported yet). */
  | { kind: 'target-year'; targetYear: number; period: string | null };

/** The plan context of one province-year, read from its dimension standings. */
export function describePlanContext(rows: readonly DimensionStanding[], year: number): PlanContext {
  const targetYear = rows.find((row) => row.planTargetYear !== null)?.planTargetYear ?? null;
  if (targetYear === null) return { kind: 'none' };
  if (targetYear !== year) return { kind: 'other-year', targetYear };
  const period = rows.find((row) => row.progressPeriod !== null)?.progressPeriod ?? null;
  return { kind: 'target-year', targetYear, period };
}
