// The co-movement scatter rendered to SVG: points where both coordinates exist, labelled quadrants, the table.
import { describe, expect, it } from 'vitest';
import { buildCompletionScatterOption } from '../../../src/charts/completion-scatter/build-completion-scatter-option.ts';
import type { ScatterRow } from '../../../src/charts/completion-scatter/scatter-rows.ts';
import { buildScatterRows, quadrantOf } from '../../../src/charts/completion-scatter/scatter-rows.ts';
import { buildCompletionScatterTable } from '../../../src/charts/completion-scatter/scatter-table.ts';
import { describeCompletionScatter } from '../../../src/charts/completion-scatter/scatter-description.ts';
import { createI18n } from '../../../src/i18n/create-i18n.ts';
import { ATTACK_STRING, callTooltip, renderToSvg, svgTexts } from '../render-svg.ts';
import { svgLabels } from '../tile-map/svg-tiles.ts';

const vi = createI18n('vi');
const en = createI18n('en');
const rows: ScatterRow[] = [
  { dimension: '1', dimensionName: 'Tham gia', completionRate: 0.8, scoreChange: 0.3, omitted: null },
  { dimension: '2', dimensionName: 'Công khai', completionRate: 0.2, scoreChange: -0.4, omitted: null },
  { dimension: '7', dimensionName: 'Môi trường', completionRate: null, scoreChange: 0.1, omitted: 'noTasks' },
];
const settings = { provinceName: 'Đắk Nông', planTargetYear: 2024, period: '2025-Q4' };
const build = (r = rows, i18n = vi) =>
  buildCompletionScatterOption(r, { ...settings, caption: 'none', widthPx: 800 }, i18n);

describe('buildCompletionScatterOption', () => {
  it('stacks apart the labels of points drawn on one spot, so every dimension is named (a period with 0 % done)', () => {
    // Dimensions 4 and 8, and 3 and 7, change alike: each pair is one dot; 6 sits just above 3 and 7.
    const changes: [string, number][] = [
      ['1', -0.06],
      ['2', 0.4],
      ['3', 0.17],
      ['4', 0.36],
      ['5', -0.03],
      ['6', 0.19],
      ['7', 0.17],
      ['8', 0.36],
    ];
    const allAtZero: ScatterRow[] = changes.map(([dimension, scoreChange]) => ({
      dimension,
      dimensionName: `Chỉ số ${dimension}`,
      completionRate: 0,
      scoreChange,
      omitted: null,
    }));
    const labels = svgLabels(renderToSvg(build(allAtZero), 800, 440)).filter((l) => /^[1-8]$/.test(l.text));
    expect(labels.map((l) => l.text).sort()).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    for (const a of labels)
      for (const b of labels)
        if (a !== b && Math.abs(a.x - b.x) < 20)
          expect(Math.abs(a.y - b.y), `${a.text} and ${b.text}`).toBeGreaterThanOrEqual(12);
    // Points far apart keep their labels beside them.
    const apart = build(rows).series as { data: { label?: unknown }[] }[];
    expect(apart[0]?.data.every((point) => point.label === undefined)).toBe(true);
  });

  it('labels the four quadrants in Vietnamese and English', () => {
    const texts = svgTexts(renderToSvg(build(), 800, 440));
    for (const label of [
      'làm nhiều, điểm tăng',
      'làm nhiều, điểm giảm',
      'làm ít, điểm tăng',
      'làm ít, điểm giảm',
    ])
      expect(texts).toContain(label);
    expect(svgTexts(renderToSvg(build(rows, en), 800, 440))).toContain('more done, score up');
  });

  it('puts each quadrant label in its corner: right = more done, top = score up', () => {
    const svg = renderToSvg(build(), 800, 440);
    const at = (label: string): [number, number] => {
      const m = new RegExp(`transform="translate\\(([\\d.]+) ([\\d.]+)\\)"[^>]*>${label}<`).exec(svg);
      if (m === null) throw new Error(`no label ${label}`);
      return [Number(m[1]), Number(m[2])];
    };
    const [moreUpX, moreUpY] = at('làm nhiều, điểm tăng');
    const [lessDownX, lessDownY] = at('làm ít, điểm giảm');
    const [moreDownX, moreDownY] = at('làm nhiều, điểm giảm');
    expect(moreUpX).toBeGreaterThan(lessDownX);
    expect(moreUpY).toBeLessThan(lessDownY);
    expect(moreDownX).toBeCloseTo(moreUpX, 0);
    expect(moreDownY).toBeCloseTo(lessDownY, 0);
  });

  it('draws a labelled point per dimension with both values, none for a dimension without tasks', () => {
    const texts = svgTexts(renderToSvg(build(), 800, 440));
    expect(texts).toContain('1');
    expect(texts).toContain('2');
    expect(texts).not.toContain('7');
    const series = (build().series as { data: { name: string; value: number[] }[] }[])[0];
    expect(series?.data).toEqual([
      { name: '1', value: [80, 0.3] },
      { name: '2', value: [20, -0.4] },
    ]);
  });

  it('escapes dimension names in the tooltip', () => {
    const option = build([
      { dimension: '1', dimensionName: ATTACK_STRING, completionRate: 0.8, scoreChange: 0.3, omitted: null },
    ]);
    const html = callTooltip(option, { name: '1' });
    expect(html).not.toContain('<img');
    expect(html).toContain('80%');
  });
});

describe('the scatter rows and table', () => {
  it('splits quadrants at 50% and zero change', () => {
    expect(quadrantOf(0.5, 0)).toBe('moreUp');
    expect(quadrantOf(0.49, 0.2)).toBe('lessUp');
    expect(quadrantOf(0.9, -0.01)).toBe('moreDown');
    expect(quadrantOf(0.1, -1)).toBe('lessDown');
  });

  it('gives each dimension its quadrant or why it is missing', () => {
    const table = buildCompletionScatterTable(rows, settings, vi);
    expect(table.rows.map((row) => [row.header, ...row.cells])).toEqual([
      ['1. Tham gia', '80%', '+0,30', 'làm nhiều, điểm tăng'],
      ['2. Công khai', '20%', '−0,40', 'làm ít, điểm giảm'],
      ['7. Môi trường', '—', '+0,10', 'không có nhiệm vụ'],
    ]);
  });

  it('reads completion in the chosen period only', () => {
    const scores = [
      { indicator: '1', year: 2023, score: 5, comparableWithPrevious: true },
      { indicator: '1', year: 2024, score: 5.5, comparableWithPrevious: true },
    ];
    const completion = [
      { dimension: '1', period: '2024-Q4', completionRate: 0.1 },
      { dimension: '1', period: '2025-Q4', completionRate: 0.7 },
    ];
    const dims = [{ code: '1', name: 'Tham gia' }];
    expect(buildScatterRows(dims, scores, completion, '2024-Q4', 2024)[0]?.completionRate).toBe(0.1);
    expect(buildScatterRows(dims, scores, completion, '2025-Q4', 2024)[0]).toMatchObject({
      completionRate: 0.7,
      scoreChange: 0.5,
      omitted: null,
    });
  });
});

describe('describeCompletionScatter: the period against the survey', () => {
  it('says in the subtitle, in both languages, when completion is read after the target year’s survey', () => {
    const after = { ...settings, afterSurvey: true };
    expect(describeCompletionScatter(rows, after, vi).subtitle.normalize('NFC')).toBe(
      'Đắk Nông: hoàn thành đến Quý IV/2025, sau khảo sát PAPI 2024, và thay đổi điểm 2023–2024',
    );
    expect(describeCompletionScatter(rows, after, en).subtitle).toContain('after the PAPI 2024 survey');
    const before = { ...settings, period: '2024-Q4', afterSurvey: false };
    expect(describeCompletionScatter(rows, before, vi).subtitle).not.toContain('sau khảo sát');
  });
});
