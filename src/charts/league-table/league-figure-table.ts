// The league table figure as a table (its "Xem dạng bảng" and CSV): rank, name, each score with its group.
import type { I18n } from '../../i18n/create-i18n.ts';
import type { ChartTable } from '../chart-spec.ts';
import { describeLeagueFigure } from './league-figure-description.ts';
import type { LeagueFigureRows, LeagueFigureSettings } from './league-figure-rows.ts';
import { figureRowName } from './league-figure-rows.ts';

export function buildLeagueFigureTable(
  rows: LeagueFigureRows,
  settings: LeagueFigureSettings,
  i18n: I18n,
): ChartTable {
  const { t } = i18n;
  const description = describeLeagueFigure(rows, settings, i18n);
  return {
    caption: `${description.title}. ${description.subtitle}`,
    columns: [t('nation.col.province'), t('nation.col.rank'), ...rows.columns],
    rows: rows.rows.map((row) => ({
      header: figureRowName(row, i18n.lang),
      cells: [
        row.rank === null ? '–' : String(row.rank),
        ...row.cells.map((cell) =>
          cell === null ? '–' : `${i18n.formatNumber(cell.score)} (${t(`group.${cell.group}`)})`,
        ),
      ],
    })),
  };
}
