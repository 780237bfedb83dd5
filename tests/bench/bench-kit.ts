// What every benchmark section shares: the run's context, budgets (reported as met or the gap, never
// asserted), medians, ratios and a plain-text table.

import type { DistServer } from '../../src/server/serve-dist.ts';

export interface BenchContext {
  /** Alternating runs per measurement (BENCH_RUNS, default 3). */
  runs: number;
  /** The built app, served like `npm start` (pre-compressed files, cache and CSP headers). */
  app: DistServer;
  /** The floor page (same DuckDB bundle, same CSV, one query, one chart), served alike. */
  floor: DistServer;
  distDir: string;
}

/** A budget from issue 10: `value` against `limit` (`at most` unless `atLeast`). */
export interface Budget {
  name: string;
  value: number | null;
  limit: number;
  unit: 'x floor' | 'ms' | 'bytes' | 'score';
  atLeast?: boolean;
  /**
   * What bounds the measure whatever the app does, measured in the same run, in the budget's unit (for a minimum,
   * the most it can reach): the engine instantiated (no live answer comes sooner; on a first visit, plus the floor
   * page's own time from its instantiation to its figure: interactive-floor.ts), the floor page's bytes, the
   * JavaScript of the stack alone, read_csv plus the derived tables' rebuild, the same chart drawn alone (the
   * indicator switch: tests/bench/switch-floor). The verdict says when it is past the
   * budget: then no change to the app meets it.
   */
  floor?: number | null;
}

export interface SectionResult {
  /** Rows of the section's table: [measure, value, ...]. */
  table: string[][];
  /** Further tables printed after it (e.g. where the time went, against the floor page's). */
  more?: string[][][];
  budgets: Budget[];
  json: unknown;
}

export interface BenchSection {
  name: string;
  run(context: BenchContext): Promise<SectionResult>;
}

export const median = (xs: readonly (number | null | undefined)[]): number | null => {
  const s = xs.filter((x): x is number => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return null;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? null) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

export const ratio = (a: number | null, b: number | null): number | null =>
  a === null || b === null || b <= 0 ? null : a / b;

export const fmtMs = (x: number | null): string => (x === null ? '—' : `${Math.round(x)} ms`);
export const fmtRatio = (x: number | null): string => (x === null ? '—' : `${x.toFixed(2)}x`);
export const fmtBytes = (n: number | null): string =>
  n === null
    ? '—'
    : n >= 1024 * 1024
      ? `${(n / 1024 / 1024).toFixed(2)} MB`
      : n >= 1024
        ? `${(n / 1024).toFixed(1)} KB`
        : `${n} B`;

/** What a budget whose value is Infinity says: some run never got there (tests/bench/worst-ratio.ts). */
export const MISSED = 'missed (a run never got there)';

function fmtBudgetValue(unit: Budget['unit'], x: number | null): string {
  if (x === Infinity) return MISSED;
  if (unit === 'x floor') return fmtRatio(x);
  if (unit === 'ms') return fmtMs(x);
  if (unit === 'bytes') return fmtBytes(x);
  return x === null ? '—' : String(Math.round(x));
}

/** "met" or the gap to the limit, in the budget's unit. */
export function budgetVerdict(budget: Budget): string {
  if (budget.value === null) return 'not measured';
  if (budget.value === Infinity) return 'not met: missed in a run';
  const met = budget.atLeast ? budget.value >= budget.limit : budget.value <= budget.limit;
  if (met) return 'met';
  const gap = `gap ${fmtBudgetValue(budget.unit, Math.abs(budget.value - budget.limit))}`;
  if (budget.floor === undefined || budget.floor === null) return gap;
  const floorPast = budget.atLeast ? budget.floor < budget.limit : budget.floor > budget.limit;
  return `${gap}; floor ${fmtBudgetValue(budget.unit, budget.floor)}${floorPast ? ', past the budget' : ''}`;
}

export function budgetRow(budget: Budget): string[] {
  return [
    budget.name,
    fmtBudgetValue(budget.unit, budget.value),
    `${budget.atLeast ? '≥' : '≤'} ${fmtBudgetValue(budget.unit, budget.limit)}`,
    budgetVerdict(budget),
  ];
}

/** A plain-text table: first column left-aligned, the others right-aligned. */
export function table(rows: readonly string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  const line = (r: readonly string[]): string =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(rows[0] ?? []), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join(
    '\n',
  );
}

/** bench.json keeps a missed value as "missed": JSON has no Infinity (it would write null, "not measured"). */
export const benchJsonReplacer = (_key: string, value: unknown): unknown =>
  value === Infinity ? 'missed' : value;
