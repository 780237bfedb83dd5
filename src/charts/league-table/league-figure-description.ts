// The league table figure's title (the table's heading), subtitle (the table's own) and summary (who leads).
import type { I18n } from '../../i18n/create-i18n.ts';
import type { ChartDescription } from '../chart-spec.ts';
import type { LeagueFigureRows, LeagueFigureSettings } from './league-figure-rows.ts';
import { figureRowName } from './league-figure-rows.ts';

export function describeLeagueFigure(
  rows: LeagueFigureRows,
  settings: LeagueFigureSettings,
  i18n: I18n,
): ChartDescription {
  const { t } = i18n;
  const ranked = rows.rows.filter((row) => row.rank !== null);
  const top = [...ranked].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))[0];
  return {
    title: t('nation.table.heading', { year: rows.year, indicator: rows.indicatorLabel }),
    subtitle: settings.subtitle,
    summary:
      top === undefined
        ? t('nationMap.summaryNone')
        : t('nationMap.summary', {
            count: ranked.length,
            top: figureRowName(top, i18n.lang),
            score: i18n.formatNumber(top.score),
          }),
  };
}
