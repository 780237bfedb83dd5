// Each sentence template of the briefing summary, in Vietnamese and English, from small hand-made facts:
// the figures, the wording of every case (no plan, a plan aimed at another year, a series break, no year
// before, no reports, the top group, nothing below the median, nothing fell), and each figure's source.
import { describe, expect, it } from 'vitest';
import type { BriefingFacts } from '../../../src/domain/briefing/briefing-facts.ts';
import { briefingParagraphs, renderBriefing } from '../../../src/domain/briefing/render-briefing.ts';
import { createI18n } from '../../../src/i18n/create-i18n.ts';

const vi = createI18n('vi');
const en = createI18n('en');

const dimension = (
  indicator: string,
  name: string,
  score: number,
  change: number | null,
  median: number,
  group: 'low' | 'lower_middle' | 'upper_middle' | 'high',
) => ({
  indicator,
  name: { vi: `CS ${name}`, en: `Dim ${name}` },
  score,
  change,
  nationalMedian: median,
  p25: median - 0.3,
  p75: median + 0.3,
  gapToMedian: score - median,
  group,
  rank: 40,
  scoredCount: 61,
});

const baseGoal: NonNullable<BriefingFacts['goal']> = {
  total: 40.5374,
  rank: 58,
  scoredCount: 61,
  group: 'low',
  nextGroupThreshold: 41.9391,
  scoreChange: 1.5663,
  previousTotal: 38.9711,
  comparableWithPrevious: true,
  previousGroup: 'low',
  groupSteps: 0,
  dimensionCount: 8,
  previousDimensionCount: 8,
  plan: '474/KH-UBND',
  otherPlan: null,
  otherPlanTargetYear: null,
};

const baseTasks: NonNullable<BriefingFacts['tasks']> = {
  period: '2025-Q4',
  taskCount: 33,
  pairCount: 273,
  pairsDone: 126,
  overdueTasks: 6,
  unreportedTasks: 3,
  isSample: true,
};

const base: BriefingFacts = {
  provinceName: { vi: 'Đắk Nông', en: 'Dak Nong' },
  year: 2024,
  goal: baseGoal,
  dimensions: [
    dimension('1', 'một', 4.6, -0.06, 4.93, 'lower_middle'),
    dimension('2', 'hai', 4.71, 0.4, 5.33, 'low'),
    dimension('4', 'bốn', 6.32, 0.36, 7.01, 'low'),
    dimension('6', 'sáu', 7.5, 0.1, 7.2, 'high'),
  ],
  tasks: baseTasks,
};

describe('briefing summary: the plan aimed at the year, with reports (Đắk Nông 2024-like)', () => {
  it('writes every sentence in Vietnamese', () => {
    expect(briefingParagraphs(base, vi)).toEqual([
      'Năm 2024, Đắk Nông đạt 40,54 điểm (+1,57 so với năm 2023), xếp hạng 58/61, nhóm Thấp.',
      'Mục tiêu của Kế hoạch 474/KH-UBND (tăng điểm số, tăng nhóm so với năm 2023): tăng điểm — đạt; tăng nhóm — chưa đạt (vẫn nhóm Thấp).',
      'Cần thêm 1,40 điểm để vào nhóm Trung bình thấp (ngưỡng 41,94 điểm).',
      'Dư địa lớn nhất — 3 chỉ số nội dung thấp hơn trung vị toàn quốc nhiều nhất: CS bốn (−0,69), CS hai (−0,62), CS một (−0,33).',
      'Đèn tín hiệu: 2 chỉ số nội dung đỏ (nhóm Thấp), 1 vàng (Trung bình thấp), 1 xanh (nửa trên).',
      'Giảm so với năm 2023: CS một (−0,06).',
      'Nhiệm vụ của Kế hoạch 474/KH-UBND đến Quý IV/2025 (dữ liệu minh họa): 126/273 lượt (nhiệm vụ × đơn vị) đã hoàn thành; 6/33 nhiệm vụ có phần quá hạn chưa hoàn thành; 3 nhiệm vụ chưa có báo cáo.',
    ]);
  });

  it('writes every sentence in English', () => {
    expect(briefingParagraphs(base, en)).toEqual([
      'In 2024, Dak Nong scored 40.54 (+1.57 on 2023), ranked 58/61, group Low.',
      'Goal of Plan 474/KH-UBND (a higher score and a higher group than in 2023): score up — met; group up — not met (still Low).',
      '1.40 more points are needed to reach the Lower-middle group (threshold 41.94).',
      'Most room to gain — the 3 dimensions furthest below the national median: Dim bốn (−0.69), Dim hai (−0.62), Dim một (−0.33).',
      'Traffic lights: 2 dimensions red (Low group), 1 amber (Lower-middle), 1 green (upper half).',
      'Fell on 2023: Dim một (−0.06).',
      'Tasks of Plan 474/KH-UBND as of Q4 2025 (sample data): 126/273 task-unit pairs done; 6/33 tasks partly overdue and not done; 3 tasks never reported.',
    ]);
  });

  it('gives every figure its source, written out in the language', () => {
    const [headline] = renderBriefing(base, vi);
    const figures = (headline?.segments ?? []).filter((s) => s.source !== undefined);
    expect(figures.map((f) => f.text)).toEqual(['40,54', '+1,57', '58/61', 'Thấp']);
    expect(figures[1]?.source).toBe('Điểm năm 2024 (40,54) trừ điểm năm 2023 (38,97), PAPI.');
    const [headlineEn] = renderBriefing(base, en);
    expect(headlineEn?.segments.find((s) => s.text === '40.54')?.source).toContain(
      'CECODES & UNDP, PAPI 2024',
    );
    // Each reserve's gap is its own figure, with the score and the median it subtracts.
    const reserves = renderBriefing(base, vi).find((p) => p.id === 'reserves');
    expect(reserves?.segments.find((s) => s.text === '−0,69')?.source).toBe(
      'Điểm năm 2024 (6,32) trừ trung vị toàn quốc (7,01), PAPI.',
    );
  });

  it('never leaves a placeholder or an unknown key in any sentence of any case below', () => {
    for (const facts of [base, ...Object.values(cases())]) {
      for (const i18n of [vi, en]) {
        for (const paragraph of renderBriefing(facts, i18n)) {
          for (const segment of paragraph.segments) {
            expect(segment.text).not.toMatch(/[{}]|undefined|leadership\./);
            expect(segment.source ?? '').not.toMatch(/[{}]|undefined|leadership\./);
          }
        }
      }
    }
  });
});

function cases() {
  const goal = baseGoal;
  return {
    noPlan: {
      ...base,
      provinceName: { vi: 'Hà Nội', en: 'Hanoi' },
      goal: { ...goal, plan: null },
      tasks: null,
    },
    otherYear: {
      ...base,
      year: 2023,
      goal: { ...goal, plan: null, otherPlan: '474/KH-UBND', otherPlanTargetYear: 2024 },
      tasks: null,
    },
    seriesBreak: {
      ...base,
      year: 2018,
      goal: {
        ...goal,
        plan: null,
        scoreChange: null,
        comparableWithPrevious: false,
        previousTotal: 35.2,
        previousDimensionCount: 6,
        group: 'upper_middle' as const,
        groupSteps: 1,
      },
      dimensions: base.dimensions.map((d) => ({ ...d, change: null })),
      tasks: null,
    },
    noPrevious: {
      ...base,
      year: 2011,
      goal: {
        ...goal,
        plan: null,
        previousTotal: null,
        scoreChange: null,
        previousGroup: null,
        groupSteps: null,
      },
      dimensions: base.dimensions.map((d) => ({ ...d, change: null })),
      tasks: null,
    },
    noReports: { ...base, tasks: null },
    topGroupNothingBelow: {
      ...base,
      goal: {
        ...goal,
        group: 'high' as const,
        nextGroupThreshold: null,
        groupSteps: 1,
        previousGroup: 'upper_middle' as const,
      },
      dimensions: [dimension('6', 'sáu', 7.5, 0.1, 7.2, 'high')],
      tasks: { ...baseTasks, isSample: false },
    },
    noScore: { ...base, goal: null, dimensions: [], tasks: null },
  } satisfies Record<string, BriefingFacts>;
}

describe('briefing summary: the other cases, in vi and en', () => {
  const c = cases();

  it('a province without a plan says so, and still gives the distance and the lights', () => {
    const [, goalVi] = briefingParagraphs(c.noPlan, vi);
    const [, goalEn] = briefingParagraphs(c.noPlan, en);
    expect(goalVi).toBe(
      'Chưa có kế hoạch cải thiện PAPI nào của Hà Nội được nạp, nên không có mục tiêu để đối chiếu.',
    );
    expect(goalEn).toBe('No PAPI improvement plan of Hanoi is loaded, so there is no goal to check.');
    expect(briefingParagraphs(c.noPlan, vi).some((p) => p.startsWith('Nhiệm vụ'))).toBe(false);
    expect(briefingParagraphs(c.noPlan, en)).toHaveLength(6);
  });

  it('a year the plan does not aim at names the year it does', () => {
    expect(briefingParagraphs(c.otherYear, vi)[1]).toBe(
      'Kế hoạch 474/KH-UBND nhắm tới năm 2024; mục tiêu của kế hoạch được đối chiếu với điểm năm 2024.',
    );
    expect(briefingParagraphs(c.otherYear, en)[1]).toBe(
      'Plan 474/KH-UBND aims at 2024; its goal is checked against the 2024 scores.',
    );
  });

  it('a year after a series break gives no change, says why, and does not call any dimension fallen', () => {
    const sentencesVi = briefingParagraphs(c.seriesBreak, vi);
    const sentencesEn = briefingParagraphs(c.seriesBreak, en);
    expect(sentencesVi[0]).toBe(
      'Năm 2018, Đắk Nông đạt 40,54 điểm (không so sánh được với năm 2017: điểm tổng hợp đổi từ 6 lên 8 chỉ số nội dung), xếp hạng 58/61, nhóm Trung bình cao.',
    );
    expect(sentencesEn[0]).toBe(
      'In 2018, Dak Nong scored 40.54 (not comparable with 2017: the total went from 6 to 8 dimensions), ranked 58/61, group Upper-middle.',
    );
    expect(sentencesVi.at(-1)).toBe(
      'Điểm các chỉ số nội dung không so sánh được với năm 2017 (không có điểm hoặc cách tính khác).',
    );
    expect(sentencesEn.at(-1)).toBe(
      'Dimension scores are not comparable with 2017 (no score, or computed differently).',
    );
  });

  it('a plan judged after a series break: the score cannot be judged, the group can', () => {
    const facts = { ...c.seriesBreak, goal: { ...c.seriesBreak.goal, plan: 'X/2018' } };
    expect(briefingParagraphs(facts, vi)[1]).toBe(
      'Mục tiêu của Kế hoạch X/2018 (tăng điểm số, tăng nhóm so với năm 2017): tăng điểm — không đánh giá được (điểm hai năm tính khác nhau); tăng nhóm — đạt.',
    );
    expect(briefingParagraphs(facts, en)[1]).toBe(
      'Goal of Plan X/2018 (a higher score and a higher group than in 2017): score up — cannot be judged (the two years are computed differently); group up — met.',
    );
  });

  it('the first scored year says there is no year before', () => {
    expect(briefingParagraphs(c.noPrevious, vi)[0]).toBe(
      'Năm 2011, Đắk Nông đạt 40,54 điểm (không có điểm năm 2010), xếp hạng 58/61, nhóm Thấp.',
    );
    expect(briefingParagraphs(c.noPrevious, en)[0]).toBe(
      'In 2011, Dak Nong scored 40.54 (no score for 2010), ranked 58/61, group Low.',
    );
  });

  it('a plan with no report yet says so instead of counting', () => {
    expect(briefingParagraphs(c.noReports, vi).at(-1)).toBe(
      'Chưa có báo cáo tiến độ nào cho các nhiệm vụ của Kế hoạch 474/KH-UBND.',
    );
    expect(briefingParagraphs(c.noReports, en).at(-1)).toBe(
      'No progress has been reported yet on the tasks of Plan 474/KH-UBND.',
    );
  });

  it('the top group, nothing below the median, nothing fell, real reports', () => {
    const sentencesVi = briefingParagraphs(c.topGroupNothingBelow, vi);
    expect(sentencesVi[2]).toBe('Tỉnh đã ở nhóm Cao, nhóm cao nhất.');
    expect(sentencesVi[3]).toBe('Năm 2024, không chỉ số nội dung nào thấp hơn trung vị toàn quốc.');
    expect(sentencesVi[5]).toBe('Không chỉ số nội dung nào giảm so với năm 2023.');
    expect(sentencesVi[6]).not.toContain('minh họa');
    const sentencesEn = briefingParagraphs(c.topGroupNothingBelow, en);
    expect(sentencesEn[1]).toContain('group up — met.');
    expect(sentencesEn[2]).toBe('The province is in the High group, the top one.');
    expect(sentencesEn[5]).toBe('No dimension fell on 2023.');
  });

  it('no score that year: one sentence', () => {
    expect(briefingParagraphs(c.noScore, vi)).toEqual(['Đắk Nông không có điểm tổng hợp năm 2024.']);
    expect(briefingParagraphs(c.noScore, en)).toEqual(['Dak Nong has no total score for 2024.']);
  });
});
