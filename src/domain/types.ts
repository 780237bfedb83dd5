// Shapes shared by queries (which produce them) and views/charts (which consume them).
// All numbers are plain JS numbers (never BigInt); a missing score is null, never 0.

/** 'total', a dimension '1'..'8', or a sub-dimension '1.1'..'8.3'. */
export type IndicatorCode = string;

export type IndicatorLevel = 'total' | 'dimension' | 'subdimension';

/** The four PAPI groups, cut by quartiles of the total among scored provinces. */
export type PapiGroup = 'high' | 'upper_middle' | 'lower_middle' | 'low';

export interface Province {
  code: string;
  nameVi: string;
  nameEn: string;
  region: string;
}

export interface Indicator {
  code: IndicatorCode;
  parent: IndicatorCode | null;
  level: IndicatorLevel;
  nameVi: string;
  nameEn: string;
  min: number;
  max: number;
  firstYear: number;
  lastYear: number | null;
}

/** The headline for one province and year (Overview's top cards). */
export interface ProvinceYearSummary {
  provinceCode: string;
  year: number;
  total: number;
  previousTotal: number | null;
  /** True when previousTotal exists and is defined the same way as this year's total (same dimensions). */
  comparableWithPrevious: boolean;
  /** total - previousTotal when the two compare, else null (the standing's `change`). */
  change: number | null;
  rank: number;
  scoredCount: number;
  group: PapiGroup;
  dimensionCount: number;
  /** The rows' sources, "; "-joined; null when none is recorded. */
  source: string | null;
  /** The group cut of the next group up that year (null in the high group). */
  nextGroupThreshold: number | null;
}

/** One dimension of one province in one year, with its standing and its plan tasks' progress. */
export interface DimensionStanding {
  indicator: IndicatorCode;
  year: number;
  score: number;
  previousScore: number | null;
  /** True when previousScore exists and the dimension is defined the same way both years (same sub-dimensions, same number of dimensions). */
  comparableWithPrevious: boolean;
  /** score - previousScore when the two compare, else null (the standing's `change`). */
  change: number | null;
  rank: number;
  scoredCount: number;
  nationalMedian: number;
  nationalMin: number;
  nationalMax: number;
  /** score - nationalMedian: negative means below the national median. */
  gapToMedian: number;
  /** The PAPI year the year's plan aims at (the schema's year_plans: the plan aiming at `year`, else the one aimed nearest to it; 474/KH-UBND: 2024); null when no plan is loaded for the province. */
  planTargetYear: number | null;
  /** Share (0-1) of (task, unit) pairs reported done in the latest reported period; null if the plan has no task here, or `year` is not the plan's target year. */
  completionRate: number | null;
  /** Number of tasks under this dimension in the plan aiming at planTargetYear (also when `year` is another year). */
  taskCount: number;
  /** The period the completion rate refers to, e.g. '2025-Q4' (format with formatPeriod); null when completionRate is. */
  progressPeriod: string | null;
  /** True while the progress figures come from the bundled illustrative file. */
  progressIsSample: boolean;
}

/** Where the loaded progress figures come from, as the `datasets` table records them (the progress_provenance view). */
export interface ProgressProvenance {
  /** True while progress is the bundled illustrative sample (or any file marked as sample). */
  isSample: boolean;
  /** The recorded source of the progress table, e.g. an imported file's name; null if none was recorded. */
  source: string | null;
}

/** One year of the total's trend for a province, with the national spread. */
export interface TotalTrendPoint {
  year: number;
  /** Number of dimensions that year (6 before 2018, 8 from 2018): the series must break where it changes. */
  dimensionCount: number;
  /** False where the total is defined differently from the year before (2018: 6 → 8 dimensions) or there is no year before: the line breaks there. */
  comparableWithPrevious: boolean;
  score: number | null;
  rank: number | null;
  scoredCount: number;
  nationalMedian: number;
  nationalMin: number;
  nationalMax: number;
  /** Quartile cuts of the total among scored provinces (group bands). */
  p25: number;
  p50: number;
  p75: number;
}

/** One task of a plan, as data/plan-tasks.csv and the plan_tasks table hold it; missing cells are null. */
export interface PlanTask {
  /** `474-3.3-a`: plan number, sub-dimension, letter in the plan's order. */
  taskId: string;
  plan: string;
  dimension: string;
  subdimension: string | null;
  /** The plan's own label for the sub-dimension (may differ from the official PAPI name). */
  subdimensionLabel: string | null;
  task: string;
  /** Single agencies joined by '; ' (ingest/plan-document/agencies.ts splits them). */
  executingAgencies: string | null;
  supervisingAgencies: string | null;
  timeframe: string | null;
  /** `continuous`, `annual`, … (see domain/deadline.ts); null for wording without a code. */
  timeframeCode: string | null;
}
