// A plan's own goals in the summary (and the goal panel's rows, built by the same functions): each goal in
// its own words with its verdict, in Vietnamese and English; 474's year-on-year goal keeps its sentence.
import { describe, expect, it } from 'vitest';
import type { BriefingFacts, CheckedPlanGoal } from '../../../src/domain/briefing/briefing-facts.ts';
import { checkedGoalWords, goalWords, splitPlanGoals } from '../../../src/domain/briefing/goal-sentences.ts';
import {
  briefingParagraphs,
  paragraphText,
  renderSentence,
} from '../../../src/domain/briefing/render-briefing.ts';
import type { GoalStanding } from '../../../src/domain/goal-check.ts';
import type { PlanGoal } from '../../../src/domain/plan-goal.ts';
import { createI18n } from '../../../src/i18n/create-i18n.ts';
import { readPlanTargets } from '../../../src/ingest/plan-document/plan-targets.ts';
import { targetText } from '../../../src/views/data/plan-review/target-text.ts';
import { PLAN_REFERENCE } from '../../ingest/plan-document/plan-reference.ts';

const vi = createI18n('vi');
const en = createI18n('en');

// A province at 40.54, 58th of 61, Low, against 38.97, 61st, Low the year before.
const total: GoalStanding = {
  score: 40.5374,
  group: 'low',
  rank: 58,
  scoredCount: 61,
  unitKind: 'old',
  nextGroupThreshold: 41.9391,
  since: { score: 38.9711, group: 'low', rank: 61, scoredCount: 61, unitKind: 'old' },
  comparableSince: true,
};

const PLAN = '315/KH-UBND';
const base = { plan: PLAN, indicator: 'total', targetYear: 2024 };
const scoreGoal: CheckedPlanGoal = {
  goal: { ...base, kind: 'score', score: 45.33, text: 'Phấn đấu đạt từ 45,33 điểm trở lên.' },
  standing: total,
};
const rankGoal: CheckedPlanGoal = {
  goal: { ...base, kind: 'rank', places: 2, since: 2023, text: 'tăng ít nhất 02 bậc so với năm 2023' },
  standing: total,
};
const dimensionGoal: CheckedPlanGoal = {
  goal: { ...base, indicator: '2', kind: 'group', group: 'upper_middle', text: 'nhóm trung bình cao' },
  standing: { ...total, score: 5.8, group: 'lower_middle', since: null },
};
const yearOnYear: CheckedPlanGoal = {
  goal: { ...base, kind: 'rise', score: true, group: true, since: 2023, text: 'tăng điểm số, tăng Nhóm' },
  standing: total,
};

const words = (goal: CheckedPlanGoal, language = vi) =>
  paragraphText(renderSentence(checkedGoalWords(goal).sentence, language));

describe('a goal in its own words, checked', () => {
  it('a score: how far it is still to go', () => {
    expect(words(scoreGoal)).toBe('Mục tiêu: đạt từ 45,33 điểm trở lên — chưa đạt (40,54; còn 4,79 điểm)');
    expect(words(scoreGoal, en)).toBe('Goal: at least 45.33 points — not met (40.54; 4.79 points to go)');
    const reached = { ...scoreGoal, goal: { ...scoreGoal.goal, kind: 'score' as const, score: 40 } };
    expect(words(reached)).toBe('Mục tiêu: đạt từ 40,00 điểm trở lên — đạt (40,54)');
  });

  it('a rank: the two ranks compared', () => {
    expect(words(rankGoal)).toBe(
      'Mục tiêu: tăng ít nhất 2 bậc so với năm 2023 — đạt (hạng 61 năm 2023 → hạng 58)',
    );
    expect(checkedGoalWords(rankGoal).verdict).toBe('met');
  });

  it('a group on a dimension: where it stands', () => {
    expect(words(dimensionGoal)).toBe(
      'Mục tiêu: nằm trong nhóm Trung bình cao — chưa đạt (nhóm Trung bình thấp)',
    );
  });
});

describe('the summary with a plan that writes its own goals', () => {
  const facts = (goals: readonly CheckedPlanGoal[]): BriefingFacts => ({
    provinceName: { vi: 'Hà Giang', en: 'Ha Giang' },
    year: 2024,
    goal: {
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
      plan: PLAN,
      otherPlan: null,
      otherPlanTargetYear: null,
      goals,
    },
    dimensions: [],
    tasks: null,
  });

  it('says each goal in its words instead of the year-on-year rule, the dimension named', () => {
    const paragraphs = briefingParagraphs(facts([scoreGoal, dimensionGoal]), vi);
    expect(paragraphs[1]).toBe(
      'Mục tiêu của Kế hoạch 315/KH-UBND: đạt từ 45,33 điểm trở lên — chưa đạt (40,54; còn 4,79 điểm).',
    );
    expect(paragraphs[2]).toBe(
      'Mục tiêu của Kế hoạch 315/KH-UBND cho chỉ số 2: nằm trong nhóm Trung bình cao — chưa đạt (nhóm Trung bình thấp).',
    );
    expect(paragraphs.some((text) => text.includes('tăng điểm số, tăng nhóm'))).toBe(false);
    expect(briefingParagraphs(facts([scoreGoal]), en)[1]).toBe(
      'Goal of Plan 315/KH-UBND: at least 45.33 points — not met (40.54; 4.79 points to go).',
    );
  });

  it("keeps 474's sentence for a year-on-year rise, and for a plan with no goals of its own", () => {
    const rise = briefingParagraphs(facts([yearOnYear]), vi);
    expect(rise).toEqual(briefingParagraphs(facts([]), vi));
    expect(rise[1]).toBe(
      'Mục tiêu của Kế hoạch 315/KH-UBND (tăng điểm số, tăng nhóm so với năm 2023): tăng điểm — đạt; tăng nhóm — chưa đạt (vẫn nhóm Thấp).',
    );
    expect(splitPlanGoals([yearOnYear, scoreGoal])).toEqual({ yearOnYear: true, own: [scoreGoal] });
  });
});

describe('one wording for a goal', () => {
  it('the Overview words each kind of goal as the plan review does, in both languages', () => {
    const targets = readPlanTargets(
      [
        'Phấn đấu Chỉ số PAPI năm 2025 của tỉnh đạt từ 45,33 điểm trở lên.',
        'Mục tiêu: Chỉ số PAPI của tỉnh nằm trong nhóm có điểm trung bình cao của cả nước.',
        'Phấn đấu thứ hạng Chỉ số PAPI năm 2025 tăng ít nhất 01 bậc so với năm 2024.',
        'Phần đầu Chỉ số PAPI năm 2025 của tỉnh tăng điểm số, tăng Nhóm so với năm 2024.',
      ],
      PLAN_REFERENCE.indicators,
    );
    expect(targets.map((target) => target.kind)).toEqual(['score', 'group', 'rank', 'rise']);
    for (const language of [vi, en]) {
      for (const target of targets) {
        const since = target.kind === 'rank' || target.kind === 'rise' ? target.since : null;
        const goal = { ...target, plan: PLAN, targetYear: 2025, since: since ?? 2024 } as PlanGoal;
        // The goal's words alone: the words-and-year template with an empty year part.
        const words = paragraphText(
          renderSentence(
            {
              id: 'words',
              key: 'leadership.goal.wordsSince',
              args: { goal: { value: goalWords(goal) }, since: { value: { kind: 'text', text: '' } } },
            },
            language,
          ),
        );
        const item = language.t('planDocument.target.item', {
          indicator: language.t('planDocument.target.total'),
          goal: words,
          row: target.line,
        });
        expect(targetText(target, language.t, language.formatNumber)).toBe(item);
      }
    }
  });
});
