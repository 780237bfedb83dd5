// One dimension's small multiple: its score by PAPI year (left axis, points 1–10) and its tasks' completion
// by report period (right axis, %), on one real time axis; the plan's target year shaded; the score line
// broken wherever the definition changed.
import type { LineSeriesOption } from 'echarts/charts';
import type { EChartsCoreOption } from 'echarts/core';
import type { I18n } from '../../i18n/create-i18n.ts';
import { buildDescribedFrame } from '../chart-frame.ts';
import type { ChartRenderSettings } from '../chart-spec.ts';
import { CHART_COLORS, OKABE_ITO } from '../palette.ts';
import { buildTargetSeries } from '../target-line.ts';
import { describeScoreCompletion } from './score-completion-description.ts';
import type { ScoreCompletionRows, ScoreCompletionSettings } from './score-completion-data.ts';
import { completionValues, splitScoreRuns } from './score-completion-data.ts';
import { buildScoreCompletionTooltip } from './score-completion-tooltip.ts';

/** Series ids, stable so tests and exports can find them. */
export const SCORE_COMPLETION_SERIES = {
  score: (firstYear: number) => `score-${firstYear}`,
  completion: 'completion',
  targetYear: 'target-year',
} as const;

/** The completion series' colour: Okabe-Ito orange, dashed, so it differs from the province's blue by more than hue. */
export const COMPLETION_COLOR = OKABE_ITO.orange;
const YEAR_MS = 365 * 24 * 3600 * 1000;

function targetYearSeries(targetYear: number, i18n: I18n): LineSeriesOption {
  return {
    id: SCORE_COMPLETION_SERIES.targetYear,
    type: 'line',
    data: [],
    silent: true,
    tooltip: { show: false },
    markArea: {
      silent: true,
      itemStyle: { color: 'rgba(0, 0, 0, 0.06)' },
      label: { position: 'insideTopRight', color: CHART_COLORS.text, fontSize: 11 },
      data: [
        [
          { name: i18n.t('svt.mark.targetYear', { year: targetYear }), xAxis: `${targetYear}-01-01` },
          { xAxis: `${targetYear}-12-31` },
        ],
      ],
    },
  };
}

/** The option for one dimension's panel; pure, so it renders the same on screen, in exports and in Node. */
export function buildScoreCompletionOption(
  rows: ScoreCompletionRows,
  settings: ScoreCompletionSettings & ChartRenderSettings,
  i18n: I18n,
): EChartsCoreOption {
  const { t } = i18n;
  const description = describeScoreCompletion(rows, settings, i18n);
  const frame = buildDescribedFrame(description, settings, i18n);
  const scoreName = t('svt.series.score');
  const completionName = t('svt.series.completion');
  const hasCompletion = rows.completion !== null && rows.completion.length > 0;
  const series: LineSeriesOption[] = [
    ...(settings.planTargetYear === null ? [] : [targetYearSeries(settings.planTargetYear, i18n)]),
    ...splitScoreRuns(rows.scores).map((run): LineSeriesOption => ({
      id: SCORE_COMPLETION_SERIES.score(run.firstYear),
      name: scoreName,
      type: 'line',
      yAxisIndex: 0,
      data: run.values,
      connectNulls: false,
      symbol: 'circle',
      symbolSize: 5,
      color: CHART_COLORS.province,
      lineStyle: { color: CHART_COLORS.province, width: 2.5 },
      z: 3,
    })),
    ...(hasCompletion
      ? [
          {
            id: SCORE_COMPLETION_SERIES.completion,
            name: completionName,
            type: 'line',
            yAxisIndex: 1,
            data: completionValues(rows.completion ?? []),
            symbol: 'diamond',
            symbolSize: 8,
            color: COMPLETION_COLOR,
            lineStyle: { color: COMPLETION_COLOR, width: 2, type: 'dashed' },
            z: 4,
          } satisfies LineSeriesOption,
        ]
      : []),
    ...(rows.target == null ? [] : [buildTargetSeries(rows.target, i18n, 0)]),
  ];
  const axisLabel = { color: CHART_COLORS.text, fontSize: 11 };
  return {
    ...frame.option,
    legend: {
      data: hasCompletion ? [scoreName, completionName] : [scoreName],
      bottom: Math.max(2, frame.bottomPx),
      left: 'center',
      itemWidth: 18,
      textStyle: { color: CHART_COLORS.text, fontSize: 11 },
    },
    grid: { left: 40, right: 44, top: Math.max(30, frame.topPx + 24), bottom: frame.bottomPx + 54 },
    tooltip: { trigger: 'item', formatter: buildScoreCompletionTooltip(rows, i18n) },
    xAxis: {
      type: 'time',
      min: `${settings.axisFromYear}-01-01`,
      max: `${settings.axisToYear}-12-31`,
      minInterval: YEAR_MS,
      axisLine: { lineStyle: { color: CHART_COLORS.axis } },
      axisLabel: { ...axisLabel, formatter: '{yyyy}', hideOverlap: true },
      splitLine: { show: false },
    },
    yAxis: [
      {
        type: 'value',
        min: settings.scoreMin,
        max: settings.scoreMax,
        interval: 3,
        name: t('svt.axis.score'),
        nameTextStyle: { color: CHART_COLORS.mutedText, align: 'left', fontSize: 11 },
        splitLine: { lineStyle: { color: CHART_COLORS.gridLine } },
        axisLabel,
      },
      {
        type: 'value',
        min: 0,
        max: 100,
        interval: 25,
        show: hasCompletion,
        name: t('svt.axis.completion'),
        nameTextStyle: { color: CHART_COLORS.mutedText, align: 'right', fontSize: 11 },
        splitLine: { show: false },
        axisLabel,
      },
    ],
    series,
  };
}
