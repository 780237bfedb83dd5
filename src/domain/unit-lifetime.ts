// When a reporting unit existed (data/unit-lifetimes.csv: the districts ended on 30 June 2025, the new communes
// began on 1 July 2025), and whether it is expected to report in a period: the rule task_pair_states applies in
// db/schema.sql.ts, here for the Plan view's pairs.

/** A unit's first and last day, 'YYYY-MM-DD' (null: the unit existed before, or still exists). */
export interface UnitLifetime {
  unitStartedOn: string | null;
  unitEndedOn: string | null;
}

const pad2 = (value: number): string => String(value).padStart(2, '0');

/** Period label → its first day: '2025-Q3' → '2025-07-01', '2025-H2' → '2025-07-01', '2025-09' → '2025-09-01', '2025' → '2025-01-01'; else null (papi_period_start). */
export function periodStartOf(period: string): string | null {
  const label = period.trim();
  const quarter = /^(\d{4})-[Qq]([1-4])$/u.exec(label);
  if (quarter) return `${quarter[1] ?? ''}-${pad2(Number(quarter[2]) * 3 - 2)}-01`;
  const half = /^(\d{4})-[Hh]([12])$/u.exec(label);
  if (half) return `${half[1] ?? ''}-${pad2(Number(half[2]) * 6 - 5)}-01`;
  const month = /^(\d{4})-(0[1-9]|1[0-2])$/u.exec(label);
  if (month) return `${month[1] ?? ''}-${month[2] ?? ''}-01`;
  return /^\d{4}$/u.test(label) ? `${label}-01-01` : null;
}

/** True when the unit existed on some day of the period (from its first day to `periodEnd`). */
export function unitExistedIn(
  lifetime: Partial<UnitLifetime>,
  period: { period: string; periodEnd: string },
): boolean {
  const start = periodStartOf(period.period);
  const startedInTime = lifetime.unitStartedOn == null || lifetime.unitStartedOn <= period.periodEnd;
  const endedInTime = lifetime.unitEndedOn == null || start === null || lifetime.unitEndedOn >= start;
  return startedInTime && endedInTime;
}
