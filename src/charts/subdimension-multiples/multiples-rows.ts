// What the small multiples draw: an indicator's parts (a dimension's sub-dimensions; the total's
// dimensions), each scored against the national median, year by year.

/** One part in one year it was scored nationally; score null where the province is unscored. */
export interface PartPoint {
  indicator: string;
  year: number;
  score: number | null;
  nationalMedian: number;
  comparableWithPrevious: boolean;
}

export interface MultiplesRows {
  /** Every year of the data, oldest first (the shared x axis). */
  years: readonly number[];
  parts: readonly { code: string; label: string }[];
  points: readonly PartPoint[];
}

export interface MultiplesSettings {
  provinceName: string;
  parentLabel: string;
  source?: string | undefined;
}
