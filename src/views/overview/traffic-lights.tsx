import type { ReactNode } from 'react';
import type { BriefingDimensionFacts, CheckedPlanGoal } from '../../domain/briefing/briefing-facts.ts';
import { checkedGoalWords } from '../../domain/briefing/goal-sentences.ts';
import { paragraphText, renderSentence } from '../../domain/briefing/render-briefing.ts';
import { resolveTargetValue, targetShortfall, type DimensionTargets } from '../../domain/dimension-target.ts';
import { hasFallen, TRAFFIC_LIGHTS, trafficLightOf } from '../../domain/traffic-light.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

interface TrafficLightsProps {
  year: number;
  dimensions: readonly BriefingDimensionFacts[];
  targets: DimensionTargets;
  /** The plan's own goals on dimensions (none: no dimension shows a goal). */
  goals?: readonly CheckedPlanGoal[];
  /** The target editor, under the list. */
  children?: ReactNode;
}

/** Red first, then amber, then green; within a colour the furthest below the national median first. */
function lightOrder(rows: readonly BriefingDimensionFacts[]): BriefingDimensionFacts[] {
  return [...rows].sort(
    (a, b) =>
      TRAFFIC_LIGHTS.indexOf(trafficLightOf(a.group)) - TRAFFIC_LIGHTS.indexOf(trafficLightOf(b.group)) ||
      a.gapToMedian - b.gapToMedian ||
      a.indicator.localeCompare(b.indicator),
  );
}

/** One light per dimension (group of its score among provinces), the ones that fell marked, targets shown. */
export function TrafficLights({
  year,
  dimensions,
  targets,
  goals = [],
  children,
}: TrafficLightsProps): ReactNode {
  const i18n = useI18n();
  const { t, lang, formatNumber } = i18n;
  const previousYear = year - 1;
  return (
    <section className="glance-card lights-panel" aria-labelledby="lights-heading" data-testid="lights-panel">
      <h2 id="lights-heading" className="glance-heading">
        {t('leadership.lights.heading', { year })}
      </h2>
      <ul className="light-list" data-testid="light-list">
        {lightOrder(dimensions).map((row) => {
          const light = trafficLightOf(row.group);
          const fell = hasFallen(row.change);
          const target = targets[row.indicator];
          const cuts = { nationalMedian: row.nationalMedian, p75: row.p75 };
          const targetValue = target === undefined ? null : resolveTargetValue(target, cuts);
          const pointsToGo = target === undefined ? null : targetShortfall(target, row.score, cuts);
          return (
            <li
              key={row.indicator}
              className="light-row"
              data-testid="light-row"
              data-dimension={row.indicator}
              data-light={light}
            >
              <span className={`light-pill light-${light}`}>
                <span className="light-dot" aria-hidden="true" />
                {t(`leadership.light.${light}`)}
              </span>
              <span className="light-name">
                {row.indicator}. {row.name[lang]}
              </span>
              <span className="light-meta">
                {t('leadership.lights.item', { group: t(`group.${row.group}`) })}
                {fell ? (
                  <>
                    {' · '}
                    <span className="light-fell" data-testid="light-fell">
                      {t('leadership.lights.fell', {
                        points: formatNumber(Math.abs(row.change ?? 0)),
                      })}
                    </span>
                  </>
                ) : null}
                {targetValue === null ? null : (
                  <>
                    {' · '}
                    <span className="light-target" data-testid="light-target">
                      {pointsToGo === 0
                        ? t('leadership.lights.targetReached', { value: formatNumber(targetValue) })
                        : t('leadership.lights.target', {
                            value: formatNumber(targetValue),
                            points: formatNumber(pointsToGo),
                          })}
                    </span>
                  </>
                )}
                {goals
                  .filter((checked) => checked.goal.indicator === row.indicator)
                  .map((checked, index) => {
                    const { verdict, sentence } = checkedGoalWords(checked);
                    return (
                      <span key={index}>
                        {' · '}
                        <span className="light-goal" data-testid="light-goal" data-verdict={verdict}>
                          {paragraphText(renderSentence(sentence, i18n))}
                        </span>
                      </span>
                    );
                  })}
              </span>
            </li>
          );
        })}
      </ul>
      <p className="glance-note" data-testid="lights-rule">
        {t('leadership.lights.rule', { year, previousYear })}
      </p>
      {children}
    </section>
  );
}
