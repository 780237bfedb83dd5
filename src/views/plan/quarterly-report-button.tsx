// "Xuất báo cáo quý (.docx)": the quarterly report of the Plan view's period as a Word file. Everything that
// makes it (queries, figures, docx) loads only when the button is pressed.
import type { ReactNode } from 'react';
import { useId, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { PlanViewReport } from '../../queries/plan-view-reports.ts';
import { currentPlanOf, type PlanViewTask } from '../../queries/plan-view-tasks.ts';
import { useReadyConnector } from '../../queries/use-ready-connector.ts';
import './quarterly-report-button.css';

interface QuarterlyReportButtonProps {
  provinceCode: string;
  tasks: readonly PlanViewTask[];
  reports: readonly PlanViewReport[];
  /** The period the Plan view judges (null: no report yet, nothing to report on). */
  period: string | null;
}

type MakeState =
  { kind: 'idle' } | { kind: 'making' } | { kind: 'made'; file: string } | { kind: 'failed'; error: string };

/** The button, its hint and its progress or error, announced politely. */
export function QuarterlyReportButton({
  provinceCode,
  tasks,
  reports,
  period,
}: QuarterlyReportButtonProps): ReactNode {
  const { t, lang, formatPeriod } = useI18n();
  const { connector } = useReadyConnector();
  const [state, setState] = useState<MakeState>({ kind: 'idle' });
  const hintId = useId();
  const plan = currentPlanOf(tasks) ?? '';
  const periodWords = period === null ? '—' : formatPeriod(period);

  const make = async () => {
    if (connector === null || period === null) return;
    setState({ kind: 'making' });
    try {
      const { downloadQuarterlyReport } =
        await import('../../export/quarterly-report/download-quarterly-report.ts');
      const file = await downloadQuarterlyReport(connector, {
        provinceCode,
        period,
        lang,
        now: new Date(),
        plan,
        reportedUnits: reports.map((report) => report.unit),
      });
      setState({ kind: 'made', file });
    } catch (error) {
      setState({ kind: 'failed', error: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <div className="quarterly-report" data-testid="quarterly-report">
      <button
        type="button"
        className="button"
        data-testid="quarterly-report-button"
        onClick={() => void make()}
        disabled={connector === null || period === null || state.kind === 'making'}
        aria-describedby={hintId}
      >
        {t('quarterlyReport.button')}
      </button>
      <p id={hintId} className="quarterly-report-hint">
        {t('quarterlyReport.hint', { period: periodWords })}
      </p>
      <p
        role="status"
        aria-live="polite"
        data-testid="quarterly-report-status"
        className={state.kind === 'failed' ? 'quarterly-report-error' : undefined}
      >
        {state.kind === 'making'
          ? t('quarterlyReport.making', { period: periodWords })
          : state.kind === 'made'
            ? t('quarterlyReport.made', { file: state.file })
            : state.kind === 'failed'
              ? t('quarterlyReport.failed', { error: state.error })
              : ''}
      </p>
    </div>
  );
}
