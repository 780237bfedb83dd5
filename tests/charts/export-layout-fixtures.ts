// The rows each chart spec is exported with in the layout test: the spec tests' own fixtures, with the real
// (long) dimension names a province's figures carry, and the bundled data where the spec tests read it.
import type { ScatterRow } from '../../src/charts/completion-scatter/scatter-rows.ts';
import type { HeatmapRows } from '../../src/charts/dimension-heatmap/heatmap-rows.ts';
import type { CompareProfilePoint } from '../../src/charts/province-compare/compare-profile-data.ts';
import type { CompareTotalPoint } from '../../src/charts/province-compare/compare-totals-data.ts';
import type { ScoreCompletionRows } from '../../src/charts/score-completion/score-completion-data.ts';
import type { MultiplesRows } from '../../src/charts/subdimension-multiples/multiples-rows.ts';
import { DIMENSION_NAMES_VI, makeDimensionStandings } from './dimension-fixture.ts';

const YEARS = Array.from({ length: 14 }, (_, i) => 2011 + i);
const DIMENSIONS = Object.entries(DIMENSION_NAMES_VI).map(([code, name]) => ({ code, name }));
/** "2. Công khai, minh bạch trong việc ra quyết định ở địa phương", as indicatorLabel writes it. */
export const DIMENSION_LABELS = DIMENSIONS.map(({ code, name }) => ({ code, label: `${code}. ${name}` }));
/** Dimensions 7 and 8 exist from 2018 on (6 → 8 dimensions). */
const scoredIn = (code: string, year: number): boolean => year >= 2018 || Number(code) <= 6;

/** The heatmap of the 8 dimensions, 2011-2024 (made up, deterministic). */
export function makeHeatmapRows(): HeatmapRows {
  return {
    years: YEARS,
    dimensions: DIMENSION_LABELS,
    cells: DIMENSIONS.flatMap(({ code }) =>
      YEARS.filter((year) => scoredIn(code, year)).map((year) => ({
        year,
        indicator: code,
        score: 4 + ((year + Number(code)) % 5) * 0.55,
        rank: 1 + ((year * Number(code) * 7) % 63),
        scoredCount: 63,
      })),
    ),
  };
}

/** The total's 8 dimensions as small multiples, 2011-2024, broken at 2018 (made up, deterministic). */
export function makeMultiplesRows(): MultiplesRows {
  return {
    years: YEARS,
    parts: DIMENSION_LABELS,
    points: DIMENSIONS.flatMap(({ code }) =>
      YEARS.filter((year) => scoredIn(code, year)).map((year) => ({
        indicator: code,
        year,
        score: 4.5 + ((year * Number(code)) % 7) * 0.3,
        nationalMedian: 5 + (Number(code) % 3) * 0.4,
        comparableWithPrevious: year !== 2011 && year !== 2018,
      })),
    ),
  };
}

/** Every dimension plotted: completion from the dimension fixture, score changes spread over both signs. */
export function makeScatterRows(): ScatterRow[] {
  return makeDimensionStandings().map((row, index) => ({
    dimension: row.indicator,
    dimensionName: DIMENSION_NAMES_VI[row.indicator] ?? row.indicator,
    completionRate: row.completionRate ?? 0.1,
    scoreChange: (((index * 37) % 9) - 4) / 10,
    omitted: null,
  }));
}

/** Dimension 1's panel, as the score-and-completion tests draw it, with its full name. */
export function makeScoreCompletionRows(): ScoreCompletionRows {
  return {
    dimension: '1',
    dimensionName: DIMENSION_NAMES_VI['1'] ?? '1',
    scores: [2015, 2016, 2017, 2018, 2019, 2020, 2022, 2023, 2024].map((year) => ({
      year,
      score: 5 + (year % 3) / 10,
      comparableWithPrevious: year !== 2018 && year !== 2015,
    })),
    completion: [
      { period: '2024-Q3', periodEnd: '2024-09-30', completionRate: 0.1 },
      { period: '2024-Q4', periodEnd: '2024-12-31', completionRate: 0.25 },
      { period: '2025-Q1', periodEnd: '2025-03-31', completionRate: 0.4 },
    ],
  };
}

/** Four provinces side by side, one a predecessor standing in for a new unit. */
export const COMPARE_ENTRIES = [
  { code: 'P43', label: 'Đắk Nông' },
  { code: 'P41', label: 'Gia Lai' },
  { code: 'P44', label: 'Lâm Đồng (cũ)' },
  { code: 'P42', label: 'Đắk Lắk' },
];
export const COMPARE_DIMENSIONS = DIMENSIONS;

export function makeCompareProfile(): CompareProfilePoint[] {
  return COMPARE_ENTRIES.flatMap((entry, e) =>
    DIMENSIONS.map(({ code }) => ({
      entryCode: entry.code,
      indicator: code,
      score: 3 + ((e * 3 + Number(code) * 5) % 11) * 0.5,
    })),
  );
}

export function makeCompareTotals(): CompareTotalPoint[] {
  return COMPARE_ENTRIES.flatMap((entry, e) =>
    YEARS.map((year) => ({
      entryCode: entry.code,
      year,
      total: (year >= 2018 ? 42 : 35) + ((year * (e + 3)) % 7) * 0.4,
      comparableWithPrevious: year !== 2011 && year !== 2018,
    })),
  );
}
