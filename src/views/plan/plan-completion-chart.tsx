import type { ReactNode } from 'react';
import { useMemo } from 'react';
import { createPlanCompletionSpec } from '../../charts/plan-completion/plan-completion-spec.ts';
import { withSampleNote } from '../../charts/sample-note.ts';
import { Chart } from '../../components/chart.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import {
  planCompletionByPeriodSql,
  usePlanCompletionByPeriod,
} from '../../queries/plan-completion-by-period.ts';
import type { ProgressProvenance } from '../../queries/progress-provenance.ts';

interface PlanCompletionChartProps {
  provinceCode: string;
  provinceName: string;
  plans: readonly string[];
  dimensionNames: Readonly<Record<string, string>>;
  progress: ProgressProvenance;
  source: string;
}

/**
 * Completion by dimension over the report periods as a chart (export menu, its query, its own table), from
 * the task-state SQL; drawn above the grid once its query has answered.
 */
export function PlanCompletionChart({
  provinceCode,
  provinceName,
  plans,
  dimensionNames,
  progress,
  source,
}: PlanCompletionChartProps): ReactNode {
  const { t } = useI18n();
  const { data } = usePlanCompletionByPeriod(provinceCode);
  const planLabel = plans.join(', ');
  const spec = useMemo(
    () =>
      data === undefined || data.length === 0
        ? null
        : withSampleNote(
            {
              ...createPlanCompletionSpec(data, { provinceName, plans: planLabel, dimensionNames, source }),
              query: planCompletionByPeriodSql(provinceCode),
            },
            progress,
            t,
          ),
    [data, provinceName, planLabel, dimensionNames, source, provinceCode, progress, t],
  );
  return spec === null ? null : <Chart spec={spec} />;
}
