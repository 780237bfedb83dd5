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

/** A new unit's predecessor: its label ("Đắk Nông (cũ)") and its own scores of the parts. */
export interface PartPredecessor {
  code: string;
  name: string;
  points: readonly PartPoint[];
}

export interface MultiplesRows {
  /** Every year of the data, oldest first (the shared x axis). */
  years: readonly number[];
  parts: readonly { code: string; label: string }[];
  points: readonly PartPoint[];
  /** A new unit without scores of its own: each old unit that formed it, drawn as its own line (never averaged). */
  predecessors?: readonly PartPredecessor[] | undefined;
}

export interface MultiplesSettings {
  provinceName: string;
  parentLabel: string;
  source?: string | undefined;
}

/** Whether the province itself has any score to draw (a new unit has none before PAPI scores it). */
export const hasOwnPartScores = (rows: MultiplesRows): boolean => rows.points.some((p) => p.score !== null);

/** The legend's entries: the province (only when it has a line), each predecessor, the national median. */
export function multiplesLegendNames(
  rows: MultiplesRows,
  provinceName: string,
  medianName: string,
): string[] {
  if (rows.parts.length === 0) return [];
  return [
    ...(hasOwnPartScores(rows) ? [provinceName] : []),
    ...(rows.predecessors ?? []).map((p) => p.name),
    medianName,
  ];
}
