// The four deadline states by executing agency: a stacked horizontal bar per agency (the most overdue on
// top), overdue from zero so those segments compare, each state in its Plan view colour and named in the
// legend and the tooltip.
import type { BarSeriesOption } from 'echarts/charts';
import type { EChartsCoreOption } from 'echarts/core';
import type { StateCounts } from '../../domain/task-state-summary.ts';
import type { I18n } from '../../i18n/create-i18n.ts';
import { buildDescribedFrame } from '../chart-frame.ts';
import type { ChartRenderSettings } from '../chart-spec.ts';
import { namedBarsLayout } from '../named-bars-layout.ts';
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
  const layout = namedBarsLayout({
    frame,
    widthPx: settings.widthPx,
    // The most overdue agency on top: the chart follows orderAgencyRows and never re-sorts.
    names: drawn.map((row) => row.key),
    legendNames,
    namesWidePx: 240,
    gridRightPx: GRID_RIGHT_PX,
    axisName: i18n.t('planView.table.pairsUnit'),
  });
  const plotWidthPx = Math.max(60, settings.widthPx - layout.left - GRID_RIGHT_PX);
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
          fontSize: layout.narrow ? 10 : 11,
        },
      };
    }),
  }));
  return {
    ...frame.option,
    legend: layout.legend,
    grid: layout.grid,
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: buildAgencyTooltipFormatter(drawn, i18n),
    },
    xAxis: {
      ...layout.valueAxis,
      minInterval: 1,
      splitNumber: layout.narrow ? 3 : 5,
      axisLabel: { color: CHART_COLORS.text },
    },
    yAxis: layout.yAxis,
    series,
  };
}
