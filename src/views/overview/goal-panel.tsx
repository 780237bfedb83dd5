import type { ReactNode } from 'react';
import type {
  BriefingFacts,
  BriefingGoalFacts,
  CheckedPlanGoal,
} from '../../domain/briefing/briefing-facts.ts';
import { checkedGoalWords, splitPlanGoals } from '../../domain/briefing/goal-sentences.ts';
import { paragraphText, renderSentence } from '../../domain/briefing/render-briefing.ts';
import { checkPlanGoal, type GoalVerdict } from '../../domain/goal-check.ts';
import { largestReserves } from '../../domain/traffic-light.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import '../../components/link-button.css';

const VERDICT_TEXT = {
  met: 'leadership.verdict.met',
  not_met: 'leadership.verdict.notMet',
  not_comparable: 'leadership.verdict.notComparable',
  no_previous: 'leadership.verdict.noPrevious',
} as const;

const VERDICT_SYMBOL = {
  met: 'leadership.verdict.symbol.met',
  not_met: 'leadership.verdict.symbol.notMet',
  not_comparable: 'leadership.verdict.symbol.unknown',
  no_previous: 'leadership.verdict.symbol.unknown',
} as const;

/** One check of the year-on-year goal: ✓/✗, what is checked, the verdict in words and its figure. */
export function VerdictRow({
  label,
  verdict,
  detail,
  testId,
}: {
  label: string;
  verdict: GoalVerdict;
  detail: string | null;
  testId: string;
}): ReactNode {
  const { t } = useI18n();
  return (
    <li className={`goal-row goal-${verdict}`} data-testid={testId} data-verdict={verdict}>
      <span className="goal-symbol" aria-hidden="true">
        {t(VERDICT_SYMBOL[verdict])}
      </span>
      <span className="goal-label">{label}</span>
      <span className="goal-verdict">{t(VERDICT_TEXT[verdict])}</span>
      {detail === null ? null : <span className="goal-detail">{detail}</span>}
    </li>
  );
}

/** The group change in words ("vẫn nhóm Thấp"), or null without a group the year before. */
export function groupDetail(goal: BriefingGoalFacts, t: ReturnType<typeof useI18n>['t']): string | null {
  if (goal.previousGroup === null || goal.groupSteps === null) return null;
  const args = { previousGroup: t(`group.${goal.previousGroup}`), group: t(`group.${goal.group}`) };
  if (goal.groupSteps > 0) return t('leadership.goal.groupUp', args);
  if (goal.groupSteps < 0) return t('leadership.goal.groupDown', args);
  return t('leadership.goal.groupSame', args);
}

interface GoalPanelProps {
  facts: BriefingFacts;
  goal: BriefingGoalFacts;
  onSelectYear?: (year: number) => void;
}

/** The score change with the two totals ("+1,57 (38,97 → 40,54)"), or null without a comparable year before. */
export function scoreDetail(goal: BriefingGoalFacts, i18n: ReturnType<typeof useI18n>): string | null {
  if (goal.scoreChange === null || goal.previousTotal === null) return null;
  return i18n.t('leadership.goal.scoreDetail', {
    change: i18n.formatSignedNumber(goal.scoreChange),
    previous: i18n.formatNumber(goal.previousTotal),
    total: i18n.formatNumber(goal.total),
  });
}

/** A goal the plan writes itself, in its words, met or not ("Mục tiêu: đạt từ 45,33 điểm trở lên — chưa đạt (…)"). */
export function OwnGoalRow({
  goal,
  testId = 'goal-own',
}: {
  goal: CheckedPlanGoal;
  testId?: string;
}): ReactNode {
  const i18n = useI18n();
  const { verdict, sentence } = checkedGoalWords(goal);
  const dimension = goal.goal.indicator === 'total' ? null : goal.goal.indicator;
  return (
    <li
      className={`goal-row goal-${verdict}`}
      data-testid={testId}
      data-verdict={verdict}
      data-indicator={goal.goal.indicator}
      title={goal.goal.text}
    >
      <span className="goal-symbol" aria-hidden="true">
        {i18n.t(VERDICT_SYMBOL[verdict])}
      </span>
      <span className="goal-label">
        {dimension === null ? null : `${dimension}. `}
        {paragraphText(renderSentence(sentence, i18n))}
      </span>
    </li>
  );
}

/**
 * The plan's own goals checked against the year: the year-on-year rise (474's goal: score up, group up; also
 * for a plan that sets none of its own) and the goals the plan writes itself, then the distance to the next
 * group and the largest reserves.
 */
export function GoalPanel({ facts, goal, onSelectYear }: GoalPanelProps): ReactNode {
  const i18n = useI18n();
  const { t, lang, formatNumber, formatSignedNumber } = i18n;
  const check = checkPlanGoal(goal);
  const { yearOnYear, own } = splitPlanGoals(goal.plan === null ? undefined : goal.goals);
  const previousYear = facts.year - 1;
  const reserves = largestReserves(facts.dimensions);
  const province = facts.provinceName[lang];
  return (
    <section className="glance-card goal-panel" aria-labelledby="goal-heading" data-testid="goal-panel">
      <h2 id="goal-heading" className="glance-heading">
        {goal.plan === null
          ? t('leadership.goal.headingYear', { previousYear })
          : t('leadership.goal.heading', { plan: goal.plan })}
      </h2>
      {goal.plan === null ? (
        <p className="glance-note" data-testid="goal-plan-note">
          {goal.otherPlan !== null && goal.otherPlanTargetYear !== null
            ? t('leadership.summary.goalOtherYear', {
                plan: goal.otherPlan,
                target: goal.otherPlanTargetYear,
              })
            : t('leadership.summary.noPlan', { province })}
          {goal.otherPlanTargetYear === null || onSelectYear === undefined ? null : (
            <>
              {' '}
              <button
                type="button"
                className="link-button"
                onClick={() => onSelectYear(goal.otherPlanTargetYear ?? facts.year)}
              >
                {t('plan.showTargetYear', { target: goal.otherPlanTargetYear })}
              </button>
            </>
          )}
        </p>
      ) : yearOnYear ? (
        <p className="glance-note">{t('leadership.goal.quote', { previousYear })}</p>
      ) : null}
      <ul className="goal-rows">
        {yearOnYear ? (
          <>
            <VerdictRow
              label={t('leadership.goal.score')}
              verdict={check.scoreUp}
              detail={scoreDetail(goal, i18n)}
              testId="goal-score"
            />
            <VerdictRow
              label={t('leadership.goal.group')}
              verdict={check.groupUp}
              detail={groupDetail(goal, t)}
              testId="goal-group"
            />
          </>
        ) : null}
        {own.map((checked, index) => (
          <OwnGoalRow key={index} goal={checked} />
        ))}
      </ul>
      <p className="goal-distance" data-testid="goal-distance">
        {check.nextGroup === null || check.pointsToNextGroup === null || goal.nextGroupThreshold === null
          ? t('leadership.goal.top')
          : t('leadership.goal.distance', {
              points: formatNumber(check.pointsToNextGroup),
              group: t(`group.${check.nextGroup}`),
              year: facts.year,
              threshold: formatNumber(goal.nextGroupThreshold),
            })}
      </p>
      <h3 className="glance-subheading">{t('leadership.goal.reserves')}</h3>
      {reserves.length === 0 ? (
        <p className="glance-note">{t('leadership.goal.noReserves')}</p>
      ) : (
        <ol className="reserve-list" data-testid="goal-reserves">
          {reserves.map((row) => (
            <li key={row.indicator}>
              <span>
                {row.indicator}. {row.name[lang]}
              </span>{' '}
              <span className="reserve-gap">{formatSignedNumber(row.gapToMedian)}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
