// The target line as a user sees it: rendered to SVG in Node, a dashed line at the target's height with its
// label, on a Scores vs tasks panel (and on any chart that adds the series).
import { describe, expect, it } from 'vitest';
import { buildScoreCompletionOption } from '../../src/charts/score-completion/build-score-completion-option.ts';
import { describeScoreCompletion } from '../../src/charts/score-completion/score-completion-description.ts';
import type { ScoreCompletionRows } from '../../src/charts/score-completion/score-completion-data.ts';
import { buildTargetSeries, TARGET_LINE_COLOR } from '../../src/charts/target-line.ts';
import { echarts } from '../../src/charts/echarts-export-setup.ts';
import { createI18n } from '../../src/i18n/create-i18n.ts';
import { renderToSvg, svgTexts } from './render-svg.ts';

const vi = createI18n('vi');
const en = createI18n('en');

const rows: ScoreCompletionRows = {
  dimension: '2',
  dimensionName: 'Công khai, minh bạch',
  scores: [2022, 2023, 2024].map((year) => ({
    year,
    score: 4.3 + (year - 2022) / 5,
    comparableWithPrevious: year > 2022,
  })),
  completion: [{ period: '2024-Q4', periodEnd: '2024-12-31', completionRate: 0.5 }],
};
const settings = {
  provinceName: 'Đắk Nông',
  planTargetYear: 2024,
  axisFromYear: 2022,
  axisToYear: 2025,
  scoreMin: 1,
  scoreMax: 10,
  caption: 'none' as const,
  widthPx: 600,
};

/** The y pixel of every dashed horizontal line in the target's colour. */
function targetLineYs(svg: string): number[] {
  return [
    ...svg.matchAll(
      /<path d="M([\d.]+) ([\d.]+)L([\d.]+) ([\d.]+)"[^>]*stroke="([^"]+)"[^>]*stroke-dasharray/g,
    ),
  ]
    .filter((m) => m[5]?.toUpperCase() === TARGET_LINE_COLOR.toUpperCase() && m[2] === m[4])
    .map((m) => Number(m[2]));
}

describe('target line', () => {
  it('draws a dashed line at the target score, labelled "Mục tiêu 5,33", on the dimension panel', () => {
    const option = buildScoreCompletionOption({ ...rows, target: { value: 5.33 } }, settings, vi);
    const svg = renderToSvg(option, 600, 250);
    expect(svgTexts(svg)).toContain('Mục tiêu 5,33');
    const ys = targetLineYs(svg);
    expect(ys).toHaveLength(1);
    // At the target's height on the score axis.
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 600, height: 250 });
    try {
      chart.setOption(option);
      const expected = chart.convertToPixel({ yAxisIndex: 0 }, 5.33) as number;
      expect(ys[0]).toBeCloseTo(expected, 0);
    } finally {
      chart.dispose();
    }
  });

  it('no target, no line; the panel says its target in its description (the chart’s accessible name)', () => {
    const svg = renderToSvg(buildScoreCompletionOption(rows, settings, vi), 600, 250);
    expect(targetLineYs(svg)).toEqual([]);
    expect(svgTexts(svg).some((text) => text.startsWith('Mục tiêu'))).toBe(false);
    expect(describeScoreCompletion({ ...rows, target: { value: 5.33 } }, settings, en).summary).toContain(
      'Target 5.33',
    );
    expect(describeScoreCompletion(rows, settings, en).summary).not.toContain('Target');
  });

  it('is a plain series any value chart can add (e.g. the Dimensions trend)', () => {
    const series = buildTargetSeries({ value: 6 }, en, 0);
    expect(series.markLine?.data).toEqual([{ name: 'Target 6.00', yAxis: 6 }]);
    const svg = renderToSvg(
      {
        xAxis: { type: 'category', data: ['2023', '2024'] },
        yAxis: { type: 'value', min: 1, max: 10 },
        series: [{ type: 'line', data: [4, 5] }, series],
      },
      400,
      200,
    );
    expect(svgTexts(svg)).toContain('Target 6.00');
    expect(targetLineYs(svg)).toHaveLength(1);
  });
});
