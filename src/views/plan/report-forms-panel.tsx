// The reporting cycle on the Plan view: the period and its due date, the received panel for that period
// ("Nhận báo cáo" included), and "Tạo biểu mẫu báo cáo": the units of each level, then one .xlsx per unit
// in a .zip. The unit lists are kept per plan; ExcelJS and JSZip load only when the button is pressed.
import type { ReactNode } from 'react';
import { useId, useMemo } from 'react';
import { buildReportForms, reportingPairsOf } from '../../export/report-forms/report-form-model.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { PlanViewReport } from '../../queries/plan-view-reports.ts';
import { currentPlanOf, type PlanViewTask } from '../../queries/plan-view-tasks.ts';
import type { ProgressProvenance } from '../../queries/progress-provenance.ts';
import { ReceivedPanel } from './received-panel.tsx';
import { ReportCycleFields } from './report-cycle-fields.tsx';
import { ReportFormsMaker } from './report-forms-maker.tsx';
import './report-forms-panel.css';
import { useReportCycle } from './use-report-cycle.ts';
import { useUnitListTexts } from './use-unit-list-texts.ts';

interface ReportFormsPanelProps {
  tasks: readonly PlanViewTask[];
  reports: readonly PlanViewReport[];
  progress: ProgressProvenance | undefined;
}

/** The panel that makes the report forms of the province's current plan (currentPlanOf). */
export function ReportFormsPanel({ tasks, reports, progress }: ReportFormsPanelProps): ReactNode {
  const { t } = useI18n();
  const id = useId();
  const plan = currentPlanOf(tasks) ?? '';
  const planTitle = tasks.find((task) => task.plan === plan)?.planTitleVi ?? '';
  const cycle = useReportCycle();
  const { period, dueDate } = cycle;
  const units = useUnitListTexts(plan, reports);
  const { lists } = units;
  const forms = useMemo(
    () => buildReportForms(tasks, reports, { plan, planTitle, period, dueDate, lists }),
    [tasks, reports, plan, planTitle, period, dueDate, lists],
  );
  const pairs = useMemo(() => reportingPairsOf(forms), [forms]);

  return (
    <section className="report-forms-panel" data-testid="report-forms-panel" aria-labelledby={`${id}-cycle`}>
      <h3 id={`${id}-cycle`}>{t('reportForms.cycle')}</h3>
      <ReportCycleFields id={id} cycle={cycle} />
      {units.filled ? (
        <ReceivedPanel plan={plan} period={period} dueDate={dueDate} pairs={pairs} progress={progress} />
      ) : null}
      <ReportFormsMaker id={id} plan={plan} units={units} forms={forms} />
    </section>
  );
}
