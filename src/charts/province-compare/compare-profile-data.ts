// What the profile chart draws: each entry's score on each dimension, and the settings that name them.
import type { CompareEntry } from './compare-entries.ts';

/** One entry's score on one dimension. */
export interface CompareProfilePoint {
  entryCode: string;
  indicator: string;
  score: number;
}

export interface CompareProfileSettings {
  year: number;
  entries: readonly CompareEntry[];
  /** The dimensions drawn, top to bottom, with their names in the UI language. */
  dimensions: readonly { code: string; name: string }[];
  source?: string | undefined;
}

/** The score of an entry on a dimension, if it has one. */
export const pointScore = (
  rows: readonly CompareProfilePoint[],
  entryCode: string,
  indicator: string,
): number | undefined =>
  rows.find((row) => row.entryCode === entryCode && row.indicator === indicator)?.score;
