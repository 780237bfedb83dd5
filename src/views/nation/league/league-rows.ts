// The league table's model: the query's long rows (province × column) folded into one row per province,
// with the columns that year has, the headline (root) column first.
import type { PapiGroup } from '../../../domain/types.ts';
import type { NationStandingRow } from '../../../queries/nation-league-table.ts';

/** A province's standing in one column. */
export interface LeagueCell {
  score: number;
  rank: number;
  scoredCount: number;
  group: PapiGroup;
  change: number | null;
  /** The rank the year before, where the two years compare; rank change = previousRank − rank. */
  previousRank: number | null;
  comparableWithPrevious: boolean;
  /** Whether the province was scored on it the year before (a change is shown only where the two compare). */
  hasPrevious: boolean;
}

/** Why a unit of the map has no place in the ranking: no score at all that year, or only on some columns. */
export type UnscoredReason = 'noScores' | 'partial';

export interface LeagueRow {
  provinceCode: string;
  nameVi: string;
  nameEn: string;
  region: string;
  /** Column indicator → the province's standing there (absent: not scored on it). */
  cells: ReadonlyMap<string, LeagueCell>;
  /** The standing in the headline column; null for an unscored unit. */
  headline: LeagueCell | null;
  /** Null for a ranked province. */
  unscored: UnscoredReason | null;
}

export interface LeagueTable {
  /** The root indicator first, then its parts scored that year, in code order (1, 2, …, 10). */
  columns: readonly string[];
  rows: readonly LeagueRow[];
}

const byCode = (a: string, b: string): number => a.localeCompare(b, 'en', { numeric: true });

/**
 * Folds the query's rows into the table: `root` (the total or a dimension) is the first column, `headline`
 * (root or one of its parts) the column the rank and the changes are of.
 */
export function buildLeagueTable(
  rows: readonly NationStandingRow[],
  root: string,
  headline: string = root,
): LeagueTable {
  const scoredColumns = new Set(rows.flatMap((row) => (row.indicator === null ? [] : [row.indicator])));
  const columns = [
    ...(scoredColumns.has(root) ? [root] : []),
    ...[...scoredColumns].filter((code) => code !== root).sort(byCode),
  ];
  const byProvince = new Map<string, { first: NationStandingRow; cells: Map<string, LeagueCell> }>();
  for (const row of rows) {
    const entry = byProvince.get(row.provinceCode) ?? { first: row, cells: new Map<string, LeagueCell>() };
    byProvince.set(row.provinceCode, entry);
    if (row.indicator === null || row.score === null || row.rank === null || row.group === null) continue;
    entry.cells.set(row.indicator, {
      score: row.score,
      rank: row.rank,
      scoredCount: row.scoredCount ?? 0,
      group: row.group,
      change: row.change,
      previousRank: row.previousRank,
      comparableWithPrevious: row.comparableWithPrevious === true,
      hasPrevious: row.previousScore !== null,
    });
  }
  const leagueRows = [...byProvince.values()].map(({ first, cells }): LeagueRow => {
    const standing = cells.get(headline) ?? null;
    return {
      provinceCode: first.provinceCode,
      nameVi: first.nameVi,
      nameEn: first.nameEn,
      region: first.region,
      cells,
      headline: standing,
      unscored: standing !== null ? null : cells.size === 0 ? 'noScores' : 'partial',
    };
  });
  return { columns, rows: leagueRows };
}

/** The rows of one region (as provinces.region names it); null keeps every row. */
export function filterLeagueRows(rows: readonly LeagueRow[], region: string | null): readonly LeagueRow[] {
  return region === null ? rows : rows.filter((row) => row.region === region);
}

/** Places climbed since the year before (positive: up), where the two years compare. */
export function rankChangeOf(cell: LeagueCell | null): number | null {
  return cell === null || cell.previousRank === null ? null : cell.previousRank - cell.rank;
}
