// The goal a plan sets itself, read from its text for the user to confirm: a total score ("đạt từ 45,33
// điểm trở lên"), a group ("nằm trong nhóm có điểm trung bình cao"), a rank change ("tăng ít nhất 01 bậc
// so với năm 2024"), 474's "tăng điểm số, tăng Nhóm", each for the total or for one dimension. Only
// sentences that set a goal count ("Phấn đấu…", "Mục tiêu…", "… trở lên"), never a past result.

import { splitSentences } from './sentences.ts';
import type { IndicatorName } from './match-indicator.ts';
import { dimensionNamedIn } from './body-form/index-heading.ts';

/** A PAPI group, as the app names them (terms: group.*). */
export type TargetGroup = 'high' | 'upper_middle' | 'lower_middle' | 'low';

export type PlanTargetGoal =
  | { readonly kind: 'score'; readonly score: number }
  | { readonly kind: 'group'; readonly group: TargetGroup }
  | { readonly kind: 'rank'; readonly places: number; readonly since: number | null }
  | {
      readonly kind: 'rise';
      readonly score: boolean;
      readonly group: boolean;
      readonly since: number | null;
    };

/** One goal, where the plan writes it and what it is about (the total, or a dimension's code). */
export type PlanTarget = PlanTargetGoal & {
  readonly line: number;
  /** `total`, or a dimension's code when the sentence names one. */
  readonly indicator: string;
  /** The sentence as written, for the user to check the reading against. */
  readonly text: string;
};

// "Phần đầu" is how 474/KH-UBND misspells "Phấn đấu"; both set a goal.
const GOAL_CUE = /phấn đấu|phần đầu|mục tiêu|trở lên|ít nhất/iu;
const SCORE = /đạt\s+(?:từ\s+|trên\s+|tối thiểu\s+)?(\d{1,3}(?:[.,]\d{1,2})?)\s*điểm/iu;
const GROUPS: readonly (readonly [RegExp, TargetGroup])[] = [
  [/nhóm\s+(?:có điểm\s+)?(?:số\s+)?trung bình cao/iu, 'upper_middle'],
  [/nhóm\s+(?:có điểm\s+)?(?:số\s+)?trung bình thấp/iu, 'lower_middle'],
  [/nhóm\s+(?:có điểm\s+)?(?:số\s+)?cao/iu, 'high'],
  [/nhóm\s+(?:có điểm\s+)?(?:số\s+)?thấp/iu, 'low'],
];
const GROUP_CUE = /(?:nằm trong|thuộc|vào|lên)\s+nhóm/iu;
const RANK = /tăng\s+(?:ít nhất\s+|tối thiểu\s+|từ\s+)?(\d{1,2})\s+bậc/iu;
const RISE = /tăng\s+điểm\s*(?:số)?/iu;
const RISE_GROUP = /tăng\s+(?:hạng\s+)?nhóm/iu;
const SINCE = /so với năm\s+(\d{4})/iu;

const number = (written: string): number => Number(written.replace(',', '.'));

/** The goals one sentence sets (several when it sets a score and a rank). */
function goalsOf(sentence: string): PlanTargetGoal[] {
  if (!GOAL_CUE.test(sentence)) return [];
  const since = SINCE.exec(sentence);
  const year = since ? Number(since[1]) : null;
  const goals: PlanTargetGoal[] = [];
  const score = SCORE.exec(sentence);
  if (score?.[1]) goals.push({ kind: 'score', score: number(score[1]) });
  const group = GROUP_CUE.test(sentence) ? GROUPS.find(([pattern]) => pattern.test(sentence)) : undefined;
  if (group) goals.push({ kind: 'group', group: group[1] });
  const rank = RANK.exec(sentence);
  if (rank?.[1]) goals.push({ kind: 'rank', places: Number(rank[1]), since: year });
  const riseScore = RISE.test(sentence);
  const riseGroup = RISE_GROUP.test(sentence);
  if (riseScore || riseGroup) goals.push({ kind: 'rise', score: riseScore, group: riseGroup, since: year });
  return goals;
}

/** The goals the plan's lines set, in the order written; empty when it states none. */
export function readPlanTargets(
  lines: readonly string[],
  indicators: readonly IndicatorName[],
): PlanTarget[] {
  return lines.flatMap((line, index) =>
    splitSentences(line).flatMap((sentence) => {
      const indicator = dimensionNamedIn(sentence, indicators) ?? 'total';
      return goalsOf(sentence).map((goal) => ({
        ...goal,
        line: index + 1,
        indicator,
        text: sentence.trim(),
      }));
    }),
  );
}
