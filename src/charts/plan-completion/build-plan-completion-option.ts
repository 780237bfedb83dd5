// Completion by dimension over the report periods: a group of horizontal bars per dimension (the whole plan
// on top), a bar per period, light to dark in time order; the latest period's bars carry their share.
import type { BarSeriesOption } from 'echarts/charts';
import type { EChartsCoreOption } from 'echarts/core';
import type { I18n } from '../../i18n/create-i18n.ts';
import type { PlanCompletionPoint } from './plan-completion-rows.ts';
import { buildDescribedFrame } from '../chart-frame.ts';
import type { ChartRenderSettings } from '../chart-spec.ts';
import { namedBarsLayout } from '../named-bars-layout.ts';
import { CHART_COLORS } from '../palette.ts';
import { periodColours } from './period-colours.ts';
import type { PlanCompletionDescriptionSettings } from './plan-completion-description.ts';
import { completionGroupLabel, describePlanCompletion } from './plan-completion-description.ts';
import { completionShare, groupCompletion } from './plan-completion-rows.ts';
import { buildCompletionTooltipFormatter } from './plan-completion-tooltip.ts';

export interface PlanCompletionSettings extends PlanCompletionDescriptionSettings {
  /** The source line when the caption is embedded. */
  source?: string | undefined;
  /** The frame's note slot: the sample-data note (withSampleNote). */
  note?: string | undefined;
}

/** Room right of the plot for the latest bar's label ("100 %"). */
const LABEL_ROOM_PX = 52;

/** A period's series id: 'period-2024-Q3'. */
export const completionSeriesId = (period: string): string => `period-${period}`;

/** The option for the completion bars; shares are drawn in percent (0-100). */
export function buildPlanCompletionOption(
  points: readonly PlanCompletionPoint[],
  settings: PlanCompletionSettings & ChartRenderSettings,
  i18n: I18n,
): EChartsCoreOption {
  const grouped = groupCompletion(points);
  const frame = buildDescribedFrame(describePlanCompletion(points, settings, i18n), settings, i18n);
  const labels = grouped.groups.map((group) =>
    completionGroupLabel(group.dimension, settings.dimensionNames, i18n),
  );
  const periodNames = grouped.periods.map(({ period }) => i18n.formatPeriod(period));
  const layout = namedBarsLayout({
    frame,
    widthPx: settings.widthPx,
    names: labels,
    legendNames: periodNames,
    namesWidePx: 230,
    gridRightPx: LABEL_ROOM_PX,
    axisName: i18n.t('planView.grid.unit'),
  });
  const colours = periodColours(grouped.periods.length);
  const latestIndex = grouped.periods.length - 1;
  const series: BarSeriesOption[] = grouped.periods.map(({ period }, p) => ({
    id: completionSeriesId(period),
    name: periodNames[p] ?? period,
    type: 'bar',
    barGap: '15%',
    barCategoryGap: '30%',
    itemStyle: { color: colours[p] },
    label: {
      show: p === latestIndex,
      position: 'right',
      color: CHART_COLORS.text,
      fontSize: layout.narrow ? 10 : 11,
      formatter: ({ value }: { value?: unknown }) =>
        typeof value === 'number' ? i18n.formatPercent(value / 100, 0) : '',
    },
    data: grouped.groups.map((group) => {
      const share = completionShare(group.cells[p]);
      // Unrounded: the label rounds once, as the table does (a tenth first made 10/23 = 43.48 % read "44 %").
      return share === null ? null : share * 100;
    }),
  }));
  return {
    ...frame.option,
    legend: layout.legend,
    grid: layout.grid,
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: buildCompletionTooltipFormatter(grouped, labels, i18n),
    },
    xAxis: {
      ...layout.valueAxis,
      max: 100,
      // Even steps that end on 100 % (splitNumber alone gave 0, 30, 60, 90, 100).
      interval: layout.narrow ? 50 : 25,
      axisLabel: {
        color: CHART_COLORS.text,
        formatter: (value: number) => i18n.formatPercent(value / 100, 0),
      },
    },
    // The whole plan on top, then the dimensions in code order, as the grid beside it.
    yAxis: layout.yAxis,
    series,
  };
}
