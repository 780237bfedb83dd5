// The reporting cycle of a plan (474/KH-UBND III.1.a): units report each quarter "định kỳ ngày 20", that is
// by the 20th of the month after the quarter ends. Pure; dates are 'YYYY-MM-DD' text.

/** The day of the month after a quarter on which its reports are due. */
export const REPORT_DUE_DAY = 20;

const pad = (value: number): string => String(value).padStart(2, '0');

/** '2025-Q3' → { year: 2025, quarter: 3 }; null for any other label. */
export function parseQuarter(period: string): { year: number; quarter: number } | null {
  const match = /^(\d{4})-Q([1-4])$/.exec(period.trim());
  return match === null ? null : { year: Number(match[1]), quarter: Number(match[2]) };
}

const quarterLabel = (year: number, quarter: number): string => `${String(year)}-Q${String(quarter)}`;

/** The last day of a quarter, 'YYYY-MM-DD'. */
export function quarterEnd(period: string): string | null {
  const parsed = parseQuarter(period);
  if (parsed === null) return null;
  const month = parsed.quarter * 3;
  const lastDay = new Date(Date.UTC(parsed.year, month, 0)).getUTCDate();
  return `${String(parsed.year)}-${pad(month)}-${pad(lastDay)}`;
}

/** The plan's due date of a quarter's reports: the 20th of the month after it ends ('2025-Q3' → '2025-10-20'). */
export function quarterDueDate(period: string): string | null {
  const parsed = parseQuarter(period);
  if (parsed === null) return null;
  const next =
    parsed.quarter === 4
      ? { year: parsed.year + 1, month: 1 }
      : { year: parsed.year, month: parsed.quarter * 3 + 1 };
  return `${String(next.year)}-${pad(next.month)}-${pad(REPORT_DUE_DAY)}`;
}

/** The quarter before `period` ('2025-Q1' → '2024-Q4'). */
export function previousQuarter(period: string): string | null {
  const parsed = parseQuarter(period);
  if (parsed === null) return null;
  return parsed.quarter === 1
    ? quarterLabel(parsed.year - 1, 4)
    : quarterLabel(parsed.year, parsed.quarter - 1);
}

/** The quarter whose reports are due next on `today` ('YYYY-MM-DD'): the earliest whose due date is today or later. */
export function dueNextQuarter(today: string): string {
  const year = Number(today.slice(0, 4));
  // The quarter ending before today's quarter is due on the 20th of this quarter's first month at the latest.
  for (const candidate of [quarterLabel(year - 1, 4), ...[1, 2, 3, 4].map((q) => quarterLabel(year, q))]) {
    const due = quarterDueDate(candidate);
    if (due !== null && due >= today) return candidate;
  }
  return quarterLabel(year, 4);
}

/** `period` and the `count - 1` quarters before it, newest first (the periods a form can be made for). */
export function quartersBackFrom(period: string, count: number): string[] {
  const quarters: string[] = [];
  let current: string | null = period;
  while (current !== null && quarters.length < count) {
    quarters.push(current);
    current = previousQuarter(current);
  }
  return quarters;
}
