// The province's rank and group on the indicator, one row per year of the data (unscored years stay, empty).
import type { PapiGroup } from '../../domain/types.ts';
import type { IndicatorPanelRow } from '../../queries/indicator-panel.ts';

export interface RankRow {
  year: number;
  score: number | null;
  rank: number | null;
  scoredCount: number | null;
  group: PapiGroup | null;
}

/** Newest first, so the latest standing is on top. */
export function buildRankRows(
  years: readonly number[],
  panel: readonly IndicatorPanelRow[],
  provinceCode: string,
): RankRow[] {
  const own = new Map(panel.filter((r) => r.provinceCode === provinceCode).map((r) => [r.year, r]));
  return [...years]
    .sort((a, b) => b - a)
    .map((year) => {
      const row = own.get(year);
      return {
        year,
        score: row?.score ?? null,
        rank: row?.rank ?? null,
        scoredCount: row?.scoredCount ?? null,
        group: row?.papiGroup ?? null,
      };
    });
}
