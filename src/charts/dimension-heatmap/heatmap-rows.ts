// What the heatmap draws: the province's dimensions by year, each cell with its score and rank.

export type HeatmapColouring = 'rank' | 'score';

export interface HeatmapCell {
  year: number;
  indicator: string;
  score: number;
  rank: number;
  scoredCount: number;
}

export interface HeatmapRows {
  /** Every year of the data, oldest first (the columns). */
  years: readonly number[];
  /** The dimensions, top to bottom, with their labels. */
  dimensions: readonly { code: string; label: string }[];
  cells: readonly HeatmapCell[];
}

export interface HeatmapSettings {
  provinceName: string;
  colour: HeatmapColouring;
  source?: string | undefined;
}
