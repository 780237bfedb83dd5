// The scatter as a table: every dimension, plotted or not, with its quadrant or why it is left out.
import type { I18n } from '../../i18n/create-i18n.ts';
import type { ChartTable } from '../chart-spec.ts';
import { quadrantOf, type ScatterRow } from './scatter-rows.ts';
import type { CompletionScatterSettings } from './scatter-settings.ts';

export function buildCompletionScatterTable(
  rows: readonly ScatterRow[],
  settings: CompletionScatterSettings,
  i18n: I18n,
): ChartTable {
  const { t } = i18n;
  return {
    caption: t('svt.scatter.table.caption', {
      period: i18n.formatPeriod(settings.period),
      from: settings.planTargetYear - 1,
      target: settings.planTargetYear,
      province: settings.provinceName,
    }),
    columns: [
      t('svt.scatter.table.dimension'),
      t('svt.scatter.table.completion'),
      t('svt.scatter.table.change'),
      t('svt.scatter.table.quadrant'),
    ],
    rows: rows.map((row) => ({
      header: `${row.dimension}. ${row.dimensionName}`,
      cells: [
        i18n.formatPercent(row.completionRate),
        i18n.formatSignedNumber(row.scoreChange),
        row.completionRate !== null && row.scoreChange !== null
          ? t(`svt.scatter.quadrant.${quadrantOf(row.completionRate, row.scoreChange)}`)
          : t(`svt.scatter.reason.${row.omitted ?? 'noScore'}`),
      ],
    })),
  };
}
