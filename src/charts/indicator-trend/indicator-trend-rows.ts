// The trend's input and how it splits into runs of comparable years (never joined across a definition change).
import type { TargetLine } from '../target-line.ts';

/** Which national bands to draw: min–max, interquartile, or both. */
export type TrendBand = 'minmax' | 'iqr' | 'both';

/** One scored province-year (the shape of the indicator-panel query's rows). */
export interface IndicatorPanelRow {
  provinceCode: string;
  year: number;
  score: number;
  rank: number;
  scoredCount: number;
}

/** One year's national spread (the shape of the indicator-years query's rows); null where unscored. */
export interface IndicatorYear {
  year: number;
  nationalMedian: number | null;
  nationalMin: number | null;
  nationalMax: number | null;
  nationalP25: number | null;
  nationalP75: number | null;
  comparableWithPrevious: boolean;
}

/** The shared panel (every province's scores) and the national spread by year. */
export interface IndicatorTrendRows {
  years: readonly IndicatorYear[];
  panel: readonly IndicatorPanelRow[];
}

export interface IndicatorTrendSettings {
  provinceCode: string;
  provinceName: string;
  indicatorLabel: string;
  peers: readonly { code: string; name: string }[];
  /** A new province's predecessors (old units), each drawn as its own labelled line before the province's own scores. */
  predecessors?: readonly { code: string; name: string }[] | undefined;
  /** The sentence saying how the predecessors are drawn (added to the subtitle when any is drawn). */
  predecessorNote?: string | undefined;
  band: TrendBand;
  source?: string | undefined;
  /** The user's target for this dimension (set on the Overview), drawn as a dashed line; absent: none. */
  target?: TargetLine | null | undefined;
}

/** A run of consecutive years in which the indicator is scored and defined the same way. */
export interface IndicatorSegment {
  firstYear: number;
  lastYear: number;
  /** True when the run starts because the definition changed (the year before was scored too). */
  startsAtBreak: boolean;
}

/** Runs of scored years, cut before each year that is not comparable with the year before. */
export function splitIndicatorSegments(years: readonly IndicatorYear[]): IndicatorSegment[] {
  const segments: IndicatorSegment[] = [];
  let previous: IndicatorYear | undefined;
  for (const row of years) {
    const scored = row.nationalMedian !== null;
    const last = segments.at(-1);
    const continues =
      scored && last !== undefined && previous?.nationalMedian != null && row.comparableWithPrevious;
    if (continues) last.lastYear = row.year;
    else if (scored) {
      segments.push({
        firstYear: row.year,
        lastYear: row.year,
        startsAtBreak: previous?.nationalMedian != null && previous.year === row.year - 1,
      });
    }
    previous = row;
  }
  return segments;
}

/** `pick(row)` for the axis years inside the segment, null outside it: one line that cannot cross a break. */
export function valuesInSegment<T extends { year: number }>(
  axisYears: readonly number[],
  segment: IndicatorSegment,
  rowsByYear: ReadonlyMap<number, T>,
  pick: (row: T) => number | null,
): (number | null)[] {
  return axisYears.map((year) => {
    if (year < segment.firstYear || year > segment.lastYear) return null;
    const row = rowsByYear.get(year);
    return row === undefined ? null : pick(row);
  });
}

/** One province's rows keyed by year. */
export function provinceRowsByYear(
  panel: readonly IndicatorPanelRow[],
  provinceCode: string,
): Map<number, IndicatorPanelRow> {
  return new Map(panel.filter((row) => row.provinceCode === provinceCode).map((row) => [row.year, row]));
}
