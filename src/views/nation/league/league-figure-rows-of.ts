// The league table as the page shows it (filter and order), as the rows its finished figure draws.
import type { LeagueFigureRows } from '../../../charts/league-table/league-figure-rows.ts';
import type { LeagueRow } from './league-rows.ts';

/** The figure's rows: each unit's rank and its score and group per column; none for an unscored unit. */
export function toLeagueFigureRows(
  rows: readonly LeagueRow[],
  columns: readonly { code: string; label: string }[],
  year: number,
  indicatorLabel: string,
): LeagueFigureRows {
  return {
    year,
    indicatorLabel,
    columns: columns.map((column) => column.label),
    rows: rows.map((row) => ({
      code: row.provinceCode,
      nameVi: row.nameVi,
      nameEn: row.nameEn,
      rank: row.headline?.rank ?? null,
      score: row.headline?.score ?? null,
      cells: columns.map((column) => {
        const cell = row.unscored === null ? row.cells.get(column.code) : undefined;
        return cell === undefined ? null : { score: cell.score, group: cell.group };
      }),
    })),
  };
}
