// The leadership's three answers in the first screen of a phone: the plan's goal met or not, the three
// dimensions furthest below the national median, and the plan's completion. It only selects from the
// briefing facts (seeded at build time, so it shows before the engine is live); every rule it shows is
// decided elsewhere (goal-check, traffic-light's largestReserves, the Plan view's task states).

import type { ReactNode } from 'react';
import { ProgressSampleBadge } from '../../components/progress-sample-badge.tsx';
import type { BriefingFacts, BriefingGoalFacts } from '../../domain/briefing/briefing-facts.ts';
import { splitPlanGoals } from '../../domain/briefing/goal-sentences.ts';
import { checkPlanGoal } from '../../domain/goal-check.ts';
import { largestReserves } from '../../domain/traffic-light.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { groupDetail, OwnGoalRow, scoreDetail, VerdictRow } from './goal-panel.tsx';
import './leadership.css';

/** The goal's checks in one short list, as the goal panel words them. */
function GlanceGoal({ goal }: { goal: BriefingGoalFacts }): ReactNode {
  const i18n = useI18n();
  const check = checkPlanGoal(goal);
  const { yearOnYear, own } = splitPlanGoals(goal.plan === null ? undefined : goal.goals);
  return (
    <ul className="goal-rows first-glance-goal">
      {yearOnYear ? (
        <>
          <VerdictRow
            label={i18n.t('leadership.goal.score')}
            verdict={check.scoreUp}
            detail={scoreDetail(goal, i18n)}
            testId="first-glance-score"
          />
          <VerdictRow
            label={i18n.t('leadership.goal.group')}
            verdict={check.groupUp}
            detail={groupDetail(goal, i18n.t)}
            testId="first-glance-group"
          />
        </>
      ) : null}
      {own.map((checked, index) => (
        <OwnGoalRow key={index} goal={checked} testId="first-glance-own" />
      ))}
    </ul>
  );
}

/** The plan's completion as of its latest reported period: done pairs out of all, with the sample label. */
function GlanceCompletion({ facts, plan }: { facts: BriefingFacts; plan: string }): ReactNode {
  const { t, formatPercent, formatPeriod } = useI18n();
  const tasks = facts.tasks;
  if (tasks === null) return <p className="glance-note">{t('leadership.summary.tasksNone', { plan })}</p>;
  return (
    <div data-testid="first-glance-completion">
      <h3 className="glance-subheading">
        {t('leadership.firstGlance.completion', { plan, period: formatPeriod(tasks.period) })}{' '}
        <ProgressSampleBadge provenance={tasks} testId="first-glance-sample-badge" />
      </h3>
      <p className="first-glance-figure">
        <strong data-testid="first-glance-completion-rate">
          {formatPercent(tasks.pairCount === 0 ? null : tasks.pairsDone / tasks.pairCount)}
        </strong>{' '}
        <span className="goal-detail">
          {t('leadership.firstGlance.completionDetail', {
            done: tasks.pairsDone,
            pairs: tasks.pairCount,
            tasks: tasks.taskCount,
          })}
        </span>
      </p>
    </div>
  );
}

/** The glance at the top of the Overview on a phone (hidden on wider screens, where the goal panel is in view). */
export function FirstScreenGlance({ facts }: { facts: BriefingFacts }): ReactNode {
  const { t, lang, formatSignedNumber } = useI18n();
  const goal = facts.goal;
  if (goal === null) return null;
  const weakest = largestReserves(facts.dimensions);
  return (
    // Not a landmark of its own: on a phone the goal panel below is the region named by the same heading.
    <section className="glance-card first-glance" data-testid="first-glance">
      <h2 className="glance-heading">
        {goal.plan === null
          ? t('leadership.goal.headingYear', { previousYear: facts.year - 1 })
          : t('leadership.goal.heading', { plan: goal.plan })}
      </h2>
      <GlanceGoal goal={goal} />
      <h3 className="glance-subheading">{t('leadership.firstGlance.weakest')}</h3>
      {weakest.length === 0 ? (
        <p className="glance-note">{t('leadership.goal.noReserves')}</p>
      ) : (
        <ol className="reserve-list" data-testid="first-glance-weakest">
          {weakest.map((row) => (
            <li key={row.indicator} data-dimension={row.indicator}>
              <span>
                {row.indicator}. {row.name[lang]}
              </span>{' '}
              <span className="reserve-gap">{formatSignedNumber(row.gapToMedian)}</span>
            </li>
          ))}
        </ol>
      )}
      {goal.plan === null ? null : <GlanceCompletion facts={facts} plan={goal.plan} />}
    </section>
  );
}
