// Marks for the trend's comparable segments: a vertical rule where a new segment starts and a label per
// segment that says how many dimensions its totals add up ("2011–2017: 6 chỉ số", "Từ 2018: 8 chỉ số").
import type { LineSeriesOption } from 'echarts/charts';
import type { I18n } from '../../i18n/create-i18n.ts';
import { CHART_COLORS } from '../palette.ts';
import type { TrendSegment } from './trend-segments.ts';

type Marks = Pick<LineSeriesOption, 'markLine' | 'markArea'>;

/**
 * The narrowest a period's label is written: narrower, it broke into one word a line over the lines it labels (a
 * one-year period, a phone beside a new province's end labels). The rule, the shading and the subtitle still say
 * where the definition changes.
 */
const MIN_LABEL_WIDTH_PX = 90;

/** The label of segment `index`: the last one is open-ended ("Từ 2018"), earlier ones give their span. */
export function segmentLabel(segments: readonly TrendSegment[], index: number, i18n: I18n): string {
  const segment = segments[index];
  if (segment === undefined) return '';
  const count = segment.dimensionCount;
  if (index === segments.length - 1) return i18n.t('chart.trend.eraFrom', { from: segment.firstYear, count });
  if (segment.firstYear === segment.lastYear)
    return i18n.t('chart.trend.eraYear', { year: segment.firstYear, count });
  return i18n.t('chart.trend.eraSpan', { from: segment.firstYear, to: segment.lastYear, count });
}

/**
 * The marks carried by segment `index`'s province series: none when the whole trend is one segment; otherwise
 * its label over its years (the later segments shaded on alternate runs) and, from the second segment on, a rule
 * at its first year. `plotWidthPx` and `axisSpanYears` size the label so it wraps inside its own years.
 */
export function buildSegmentMarks(
  segments: readonly TrendSegment[],
  index: number,
  i18n: I18n,
  layout: { plotWidthPx: number; axisSpanYears: number },
): Marks {
  const segment = segments[index];
  if (segment === undefined || segments.length < 2) return {};
  const isCurrent = index === segments.length - 1;
  const spanYears = Math.max(segment.lastYear - segment.firstYear, 0.5);
  const labelWidthPx =
    layout.axisSpanYears <= 0
      ? layout.plotWidthPx
      : (layout.plotWidthPx * spanYears) / layout.axisSpanYears - 8;
  const marks: Marks = {
    markArea: {
      silent: true,
      itemStyle: { color: index % 2 === 1 ? CHART_COLORS.eraShade : 'transparent' },
      label: {
        show: labelWidthPx >= MIN_LABEL_WIDTH_PX,
        position: 'insideTopLeft',
        color: isCurrent ? CHART_COLORS.text : CHART_COLORS.mutedText,
        fontWeight: isCurrent ? 'bold' : 'normal',
        fontSize: 12,
        width: labelWidthPx,
        overflow: 'break',
        lineHeight: 15,
      },
      data: [
        [
          { name: segmentLabel(segments, index, i18n), xAxis: String(segment.firstYear) },
          { xAxis: String(segment.lastYear) },
        ],
      ],
    },
  };
  if (index === 0) return marks;
  return {
    ...marks,
    markLine: {
      silent: true,
      symbol: 'none',
      lineStyle: { color: CHART_COLORS.eraBreak, type: 'solid', width: 1.5 },
      label: { show: false },
      data: [{ xAxis: String(segment.firstYear) }],
    },
  };
}
