// The heatmap's tooltip: the dimension, the year, its score and rank, every text escaped.
import type { I18n } from '../../i18n/create-i18n.ts';
import { escapeHtml } from '../escape-html.ts';
import type { HeatmapRows } from './heatmap-rows.ts';

export function buildHeatmapTooltip(rows: HeatmapRows, i18n: I18n) {
  const { t } = i18n;
  return {
    formatter: (p: { value?: unknown }) => {
      const [x, y] = Array.isArray(p.value) ? (p.value as number[]) : [];
      const year = rows.years[x ?? -1];
      const dim = rows.dimensions[y ?? -1];
      const c = rows.cells.find((cell) => cell.year === year && cell.indicator === dim?.code);
      if (c === undefined || dim === undefined) return '';
      return `<b>${escapeHtml(dim.label)}</b><br>${escapeHtml(year)}: ${escapeHtml(
        `${t('chart.tooltip.score')} ${i18n.formatNumber(c.score)}, ${t('chart.tooltip.rank')} ${i18n.formatRank(
          c.rank,
          c.scoredCount,
        )}`,
      )}`;
    },
  };
}
