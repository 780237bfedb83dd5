// One dimension's small multiple, rendered to SVG as a user would see it.
import { describe, expect, it } from 'vitest';
import { CHART_COLORS } from '../../../src/charts/palette.ts';
import {
  buildScoreCompletionOption,
  COMPLETION_COLOR,
  SCORE_COMPLETION_SERIES,
} from '../../../src/charts/score-completion/build-score-completion-option.ts';
import type {
  ScoreCompletionRows,
  ScoreCompletionSettings,
} from '../../../src/charts/score-completion/score-completion-data.ts';
import { buildScoreCompletionTable } from '../../../src/charts/score-completion/score-completion-table.ts';
import { echarts } from '../../../src/charts/echarts-export-setup.ts';
import { createI18n } from '../../../src/i18n/create-i18n.ts';
import { ATTACK_STRING, callTooltip, linePaths, renderToSvg, svgTexts } from '../render-svg.ts';

const vi = createI18n('vi');
const en = createI18n('en');

const scores = [2015, 2016, 2017, 2018, 2019, 2020, 2022, 2023, 2024].map((year) => ({
  year,
  score: 5 + (year % 3) / 10,
  comparableWithPrevious: year !== 2018 && year !== 2015,
}));
const completion = [
  { period: '2024-Q3', periodEnd: '2024-09-30', completionRate: 0.1 },
  { period: '2024-Q4', periodEnd: '2024-12-31', completionRate: 0.25 },
  { period: '2025-Q1', periodEnd: '2025-03-31', completionRate: 0.4 },
];
const rows: ScoreCompletionRows = { dimension: '1', dimensionName: 'Tham gia', scores, completion };
const settings: ScoreCompletionSettings = {
  provinceName: 'Đắk Nông',
  planTargetYear: 2024,
  axisFromYear: 2015,
  axisToYear: 2025,
  scoreMin: 1,
  scoreMax: 10,
};
const build = (r = rows, i18n = vi, caption: 'embedded' | 'none' = 'none') =>
  buildScoreCompletionOption(r, { ...settings, caption, widthPx: 600 }, i18n);

type Series = { id: string; data: [string, number | null][] };
const seriesOf = (option: ReturnType<typeof build>) => option.series as Series[];

describe('buildScoreCompletionOption', () => {
  it('places 2024-Q3 at 2024-09-30 on a real time axis, and a score at 1 July of its year', () => {
    const option = build();
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 600, height: 250 });
    try {
      chart.setOption(option);
      const completionSeries = seriesOf(option).find((s) => s.id === SCORE_COMPLETION_SERIES.completion);
      expect(completionSeries?.data[0]).toEqual(['2024-09-30', 10]);
      const atQ3 = chart.convertToPixel({ xAxisIndex: 0 }, '2024-09-30');
      const atJuly = chart.convertToPixel({ xAxisIndex: 0 }, '2024-07-01');
      const atYearEnd = chart.convertToPixel({ xAxisIndex: 0 }, '2024-12-31');
      // The quarter's end lies between mid-year (the 2024 score) and 31 Dec, about a fifth of a year after July.
      expect(atQ3).toBeGreaterThan(atJuly);
      expect(atQ3).toBeLessThan(atYearEnd);
      const q3Point = chart.convertToPixel({ seriesId: 'completion' }, ['2024-09-30', 10]) as number[];
      expect(q3Point[0]).toBeCloseTo(atQ3 as number, 5);
      // The completion markers (diamonds) are drawn in the SVG, the first one at 30 Sep 2024's x.
      const svg = chart.renderToSVGString();
      const markerXs = [
        ...svg.matchAll(/transform="matrix\([\d.]+,0,0,[\d.]+,([\d.]+),[\d.]+\)" fill="#E69F00"/g),
      ].map((m) => Number(m[1]));
      expect(markerXs).toHaveLength(3);
      expect(markerXs[0]).toBeCloseTo(atQ3 as number, 1);
    } finally {
      chart.dispose();
    }
  });

  it('breaks the score line where the definition changed (2018) and leaves a gap for a missing year (2021)', () => {
    const option = build();
    const scoreSeries = seriesOf(option).filter((s) => s.id.startsWith('score-'));
    expect(scoreSeries.map((s) => s.id)).toEqual(['score-2015', 'score-2018']);
    expect(scoreSeries[1]?.data).toContainEqual(['2021-07-01', null]);
    const pieces = linePaths(renderToSvg(option, 600, 250), CHART_COLORS.province, 2.5).flatMap((d) =>
      d.split('M').filter(Boolean),
    );
    // 2015–2017, 2018–2020, 2022–2024: three separate pieces, never joined across 2018 or 2021.
    expect(pieces).toHaveLength(3);
  });

  it('labels both axes with their units and marks the target year', () => {
    const texts = svgTexts(renderToSvg(build(), 600, 250));
    expect(texts).toContain('Điểm (1–10)');
    expect(texts).toContain('Hoàn thành (%)');
    expect(texts).toContain('Năm mục tiêu 2024');
    expect(svgTexts(renderToSvg(build(rows, en), 600, 250))).toContain('Target year 2024');
  });

  it('draws no completion series and no % axis when the province has no plan', () => {
    const option = buildScoreCompletionOption(
      { ...rows, completion: null },
      { ...settings, planTargetYear: null, caption: 'none', widthPx: 600 },
      vi,
    );
    const texts = svgTexts(renderToSvg(option, 600, 250));
    expect(texts).not.toContain('Hoàn thành (%)');
    expect(texts).not.toContain('Tỷ lệ hoàn thành');
    expect(texts.some((t) => t.startsWith('Năm mục tiêu'))).toBe(false);
    expect(linePaths(renderToSvg(option, 600, 250), COMPLETION_COLOR, 2)).toHaveLength(0);
  });

  it('carries title, subtitle with province and years, and the source when embedded', () => {
    const texts = svgTexts(renderToSvg(build(rows, vi, 'embedded'), 600, 320));
    expect(texts).toContain('Tham gia: điểm và tỷ lệ hoàn thành nhiệm vụ');
    expect(texts.join(' ')).toContain('Đắk Nông, điểm 2015–2024, tiến độ Quý III/2024–Quý I/2025');
  });

  it('escapes names in the tooltip', () => {
    const option = build({ ...rows, dimensionName: ATTACK_STRING });
    const html = callTooltip(option, { seriesId: 'completion', value: ['2024-09-30', 10] });
    expect(html).not.toContain('<img');
    expect(html).toContain('Quý III/2024');
    expect(html).toContain('10,0%');
  });
});

describe('buildScoreCompletionTable', () => {
  it('lists years and periods by axis date, with a dash where a row has no value', () => {
    const table = buildScoreCompletionTable(rows, settings, vi);
    expect(table.columns).toEqual(['Thời điểm', 'Ngày trên trục', 'Điểm', 'Tỷ lệ hoàn thành']);
    expect(table.rows.slice(-4)).toEqual([
      { header: '2024', cells: ['2024-07-01', '5,20', '—'] },
      { header: 'Quý III/2024', cells: ['2024-09-30', '—', '10%'] },
      { header: 'Quý IV/2024', cells: ['2024-12-31', '—', '25%'] },
      { header: 'Quý I/2025', cells: ['2025-03-31', '—', '40%'] },
    ]);
  });
});
