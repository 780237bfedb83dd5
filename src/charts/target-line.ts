// A user's target for a dimension, drawn as a horizontal dashed line at the target score, labelled
// "Mục tiêu 5,33". Pure: any chart with a value y axis adds the series (or puts the mark line on one of its
// own series). Used by the Scores vs tasks panels; the Dimensions trend can add it the same way.
import type { LineSeriesOption } from 'echarts/charts';
import type { I18n } from '../i18n/create-i18n.ts';
import { OKABE_ITO } from './palette.ts';

/** A target on a chart: the score and the dimension it belongs to. */
export interface TargetLine {
  value: number;
}

/** The target line's colour: Okabe-Ito bluish green, dashed, apart from the province's blue and the completion's orange. */
export const TARGET_LINE_COLOR = OKABE_ITO.bluishGreen;

/** The id of the target series, stable for tests and exports. */
export const TARGET_SERIES_ID = 'target';

type MarkLine = NonNullable<LineSeriesOption['markLine']>;

/** The mark line at the target score, with its label (text, not HTML: ECharts draws it, nothing to escape). */
export function buildTargetMarkLine(target: TargetLine, i18n: I18n): MarkLine {
  const label = i18n.t('leadership.targetLine', { value: i18n.formatNumber(target.value) });
  return {
    silent: true,
    symbol: 'none',
    animation: false,
    lineStyle: { color: TARGET_LINE_COLOR, type: 'dashed', width: 1.5 },
    label: { show: true, position: 'insideEndTop', formatter: label, color: TARGET_LINE_COLOR, fontSize: 11 },
    data: [{ name: label, yAxis: target.value }],
  };
}

/** A series that only carries the target's mark line, on y axis `yAxisIndex` (default the first). */
export function buildTargetSeries(target: TargetLine, i18n: I18n, yAxisIndex = 0): LineSeriesOption {
  return {
    id: TARGET_SERIES_ID,
    type: 'line',
    yAxisIndex,
    data: [],
    silent: true,
    tooltip: { show: false },
    markLine: buildTargetMarkLine(target, i18n),
  };
}
