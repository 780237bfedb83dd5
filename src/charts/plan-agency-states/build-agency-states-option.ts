// The four deadline states by executing agency: a stacked horizontal bar per agency (the most overdue on
// top), overdue from zero so those segments compare, each state in its Plan view colour and named in the
// legend and the tooltip.
import type { BarSeriesOption } from 'echarts/charts';
import type { EChartsCoreOption } from 'echarts/core';
import type { StateCounts } from '../../domain/task-state-summary.ts';
import type { I18n } from '../../i18n/create-i18n.ts';
import { buildDescribedFrame } from '../chart-frame.ts';
import type { ChartRenderSettings } from '../chart-spec.ts';
import { estimateLegendRows, LEGEND_ROW_HEIGHT_PX } from '../legend-rows.ts';
import { CHART_COLORS } from '../palette.ts';
import {
  DEADLINE_STATE_COLOURS,
  DEADLINE_STATES,
  deadlinePairs,
  LEGEND_STATE_ORDER,
  orderAgencyRows,
} from './agency-state-rows.ts';
import type { AgencyStatesDescriptionSettings } from './agency-states-description.ts';
import { describeAgencyStates } from './agency-states-description.ts';
import { buildAgencyTooltipFormatter, stateName } from './agency-states-tooltip.ts';

export interface AgencyStatesSettings extends AgencyStatesDescriptionSettings {
  /** The source line when the caption is embedded. */
  source?: string | undefined;
  /** The frame's note slot: the sample-data note (withSampleNote). */
  note?: string | undefined;
}

/** Below this width the agency names column narrows and wraps further. */
export const AGENCY_NARROW_WIDTH_PX = 600;
const nameWidthPx = (widthPx: number): number => (widthPx < AGENCY_NARROW_WIDTH_PX ? 112 : 240);
const GRID_RIGHT_PX = 24;
/** A segment gets its count written in it only when this wide: a narrower one leaves it to the tooltip. */
const MIN_LABELLED_SEGMENT_PX = 22;

/** A state's series id: 'state-overdue'. */
export const agencyStateSeriesId = (state: string): string => `state-${state}`;

/** The option for the agencies' stacked bars; pairs are counted whole (an integer axis). */
export function buildAgencyStatesOption(
  rows: readonly StateCounts[],
  settings: AgencyStatesSettings & ChartRenderSettings,
  i18n: I18n,
): EChartsCoreOption {
  const drawn = orderAgencyRows(rows);
  const frame = buildDescribedFrame(describeAgencyStates(rows, settings, i18n), settings, i18n);
  const legendNames = LEGEND_STATE_ORDER.map((state) => stateName(state, i18n));
  const legendRows = estimateLegendRows(legendNames, settings.widthPx);
  const narrow = settings.widthPx < AGENCY_NARROW_WIDTH_PX;
  const left = nameWidthPx(settings.widthPx) + 24;
  const plotWidthPx = Math.max(60, settings.widthPx - left - GRID_RIGHT_PX);
  const longest = Math.max(1, ...drawn.map(deadlinePairs));
  const series: BarSeriesOption[] = DEADLINE_STATES.map((state) => ({
    id: agencyStateSeriesId(state),
    name: stateName(state, i18n),
    type: 'bar',
    stack: 'states',
    barMaxWidth: 28,
    itemStyle: { color: DEADLINE_STATE_COLOURS[state], borderColor: '#FFFFFF', borderWidth: 1 },
    data: drawn.map((row) => {
      const count = row.counts[state];
      const wide = (count / longest) * plotWidthPx >= MIN_LABELLED_SEGMENT_PX;
      return {
        value: count,
        label: {
          show: count > 0 && wide,
          position: 'inside',
          // Dark text on the light fills, white on vermillion.
          color: state === 'overdue' ? '#FFFFFF' : CHART_COLORS.text,
          fontSize: narrow ? 10 : 11,
        },
      };
    }),
  }));
  return {
    ...frame.option,
    legend: {
      top: frame.topPx + 4,
      left: 16,
      right: 16,
      itemWidth: 18,
      data: legendNames,
      textStyle: { color: CHART_COLORS.text },
    },
    grid: {
      left,
      right: GRID_RIGHT_PX,
      top: frame.topPx + 12 + legendRows * LEGEND_ROW_HEIGHT_PX,
      bottom: frame.bottomPx + 52,
    },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: buildAgencyTooltipFormatter(drawn, i18n),
    },
    xAxis: {
      type: 'value',
      min: 0,
      minInterval: 1,
      splitNumber: narrow ? 3 : 5,
      name: i18n.t('planView.table.pairsUnit'),
      nameLocation: 'middle',
      nameGap: 28,
      nameTextStyle: { color: CHART_COLORS.mutedText },
      splitLine: { lineStyle: { color: CHART_COLORS.gridLine } },
      axisLabel: { color: CHART_COLORS.text },
    },
    yAxis: {
      type: 'category',
      // The most overdue agency on top: the chart follows orderAgencyRows and never re-sorts.
      inverse: true,
      data: drawn.map((row) => row.key),
      axisTick: { show: false },
      axisLine: { lineStyle: { color: CHART_COLORS.axis } },
      axisLabel: {
        color: CHART_COLORS.text,
        width: nameWidthPx(settings.widthPx),
        overflow: 'break',
        fontSize: narrow ? 10 : 12,
        lineHeight: 14,
      },
    },
    series,
  };
}
