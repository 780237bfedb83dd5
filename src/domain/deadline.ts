// A plan task's deadline, from an explicit date when the plan file has one, else from its timeframe.

/** A task's deadline: a date ('YYYY-MM-DD') or none (judged per period, like "Thường xuyên"). */
export type TaskDeadline =
  | { kind: 'date'; date: string; rule: 'explicit' | 'annual' }
  | { kind: 'none'; rule: 'continuous' | 'unscheduled' };

/** What the deadline is derived from. */
export interface DeadlineSource {
  /** An explicit deadline column ('YYYY-MM-DD'); plan_tasks has none today, so usually null. */
  explicitDeadline?: string | null;
  /** The plan's timeframe code: 'continuous', 'annual', 'before-election', 'per-recruitment-plan', … */
  timeframeCode: string | null;
  /** The PAPI year the plan aims at (474/KH-UBND: 2024); null when unknown. */
  targetYear: number | null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The rule, stated on the page: an explicit deadline wins; 'annual' ("Hàng năm") is due on 31 December of
 * the plan's target year; 'continuous' ("Thường xuyên") has none; any other timeframe (before an
 * election, per a recruitment plan) names no date we can know, so it is judged per period like a
 * continuous task ('unscheduled').
 */
export function taskDeadline({ explicitDeadline, timeframeCode, targetYear }: DeadlineSource): TaskDeadline {
  const explicit = explicitDeadline?.trim() ?? '';
  if (ISO_DATE.test(explicit)) return { kind: 'date', date: explicit, rule: 'explicit' };
  const code = timeframeCode?.trim().toLowerCase() ?? '';
  if (code === 'annual' && targetYear !== null) {
    return { kind: 'date', date: `${String(targetYear)}-12-31`, rule: 'annual' };
  }
  if (code === 'continuous') return { kind: 'none', rule: 'continuous' };
  return { kind: 'none', rule: 'unscheduled' };
}
