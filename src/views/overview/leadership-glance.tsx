import type { ReactNode } from 'react';
import { ErrorPanel } from '../../components/error-panel.tsx';
import { LoadingIndicator } from '../../components/loading-indicator.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { useBriefingFacts } from '../../queries/briefing-summary.ts';
import { useDimensionTargets, useSetDimensionTarget } from '../../queries/dimension-targets.ts';
import { combineQueryStates } from '../shared/combine-query-states.ts';
import { splitPlanGoals } from '../../domain/briefing/goal-sentences.ts';
import { BriefingSummary } from './briefing-summary.tsx';
import { GoalPanel } from './goal-panel.tsx';
import './leadership.css';
import { TargetEditor } from './target-editor.tsx';
import { TrafficLights } from './traffic-lights.tsx';

interface LeadershipGlanceProps {
  provinceCode: string;
  year: number;
  provinceName: string;
  onSelectYear?: (year: number) => void;
  /** False until the Overview's first figures have their data: the glance's queries wait for them. */
  enabled: boolean;
}

/** The leadership's answer at a glance: the plan's goal met or not, a light per dimension, the summary. */
export function LeadershipGlance({
  provinceCode,
  year,
  provinceName,
  onSelectYear,
  enabled,
}: LeadershipGlanceProps): ReactNode {
  const { t } = useI18n();
  const facts = useBriefingFacts(provinceCode, year, enabled);
  const targets = useDimensionTargets(provinceCode);
  const setTarget = useSetDimensionTarget(provinceCode);
  const { error, retry } = combineQueryStates(facts);
  if (error !== null) return <ErrorPanel error={error} onRetry={retry} />;
  if (facts.data === undefined) return <LoadingIndicator label={t('status.loading')} />;
  const goal = facts.data.goal;
  // No total that year: the headline already says so; the summary repeats it in one sentence.
  if (goal === null) return <BriefingSummary facts={facts.data} />;
  const storageError = targets.error?.message ?? setTarget.error?.message ?? null;
  return (
    <>
      <div className="glance" data-testid="leadership-glance">
        <GoalPanel facts={facts.data} goal={goal} onSelectYear={onSelectYear} />
        {facts.data.dimensions.length === 0 ? null : (
          <TrafficLights
            year={year}
            dimensions={facts.data.dimensions}
            targets={targets.data ?? {}}
            goals={goal.plan === null ? [] : splitPlanGoals(goal.goals).own}
          >
            <TargetEditor
              provinceName={provinceName}
              dimensions={facts.data.dimensions}
              targets={targets.data ?? {}}
              onChange={(dimension, target) => setTarget.mutate({ dimension, target })}
              error={storageError}
            />
          </TrafficLights>
        )}
      </div>
      <BriefingSummary facts={facts.data} />
    </>
  );
}
