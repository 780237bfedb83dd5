// The received panel: for the chosen period, how many units have sent their report ("17/22 đơn vị đã báo
// cáo Quý III/2025"), who is missing or late, which tasks nobody reported on; sortable, as CSV, and fed by
// the kept imports (queries/received-reports.ts over task_progress), so a reload shows the same.
import type { ReactNode } from 'react';
import { useId, useMemo, useState } from 'react';
import { ProgressSampleBadge } from '../../components/progress-sample-badge.tsx';
import { summariseReceived } from '../../domain/report-received.ts';
import { downloadBlob } from '../../export/render-figure.ts';
import { buildReceivedCsv, receivedCsvFileName } from '../../export/report-forms/received-csv.ts';
import { formatPeriod } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { ProgressProvenance } from '../../queries/progress-provenance.ts';
import { useReceivedReports, type ReportingPair } from '../../queries/received-reports.ts';
import { ReceiveReportsInput } from './receive-reports-input.tsx';
import { ReceivedUnitsTable, type ReceivedSort } from './received-units-table.tsx';
import { formatIsoDate } from './state-labels.ts';
import '../../components/muted-text.css';
import './received-panel.css';

interface ReceivedPanelProps {
  plan: string;
  period: string;
  dueDate: string;
  pairs: readonly ReportingPair[];
  progress: ProgressProvenance | undefined;
}

/** The period's receipts and the "Nhận báo cáo" input. */
export function ReceivedPanel({ plan, period, dueDate, pairs, progress }: ReceivedPanelProps): ReactNode {
  const { t, lang } = useI18n();
  const headingId = useId();
  const [sort, setSort] = useState<ReceivedSort>({ key: 'state', direction: 'asc' });
  const received = useReceivedReports({ period, pairs });
  const summary = useMemo(
    () => (received.data === undefined ? null : summariseReceived(received.data, dueDate)),
    [received.data, dueDate],
  );
  const periodLabel = formatPeriod(period, lang);
  const heading =
    summary === null
      ? t('received.loading')
      : t('received.title', {
          reported: summary.reportedUnits,
          total: summary.units.length,
          period: periodLabel,
        });
  const dueLine = t('received.due', { date: formatIsoDate(dueDate === '' ? null : dueDate) });
  const list = (items: readonly string[]) =>
    items.length === 0 ? t('received.noneListed') : items.join('; ');
  const downloadCsv = () => {
    if (summary === null) return;
    const text = buildReceivedCsv(summary, heading, dueLine, t);
    downloadBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), receivedCsvFileName(plan, period));
  };

  return (
    <section className="received-panel" aria-labelledby={headingId} data-testid="received-panel">
      <div className="received-heading">
        <h3 id={headingId} data-testid="received-count">
          {heading}
        </h3>
        <ProgressSampleBadge provenance={progress} testId="sample-badge-received" />
      </div>
      <p className="muted">{dueLine}</p>
      <ReceiveReportsInput />
      {summary === null ? null : summary.units.length === 0 ? (
        <p>{t('received.noUnits')}</p>
      ) : (
        <>
          <ReceivedUnitsTable
            units={summary.units}
            caption={t('received.tableLabel', { period: periodLabel })}
            sort={sort}
            onSort={setSort}
          />
          <ul className="received-lists" data-testid="received-lists">
            <li>
              {t('received.missing', {
                count: summary.missingUnits.length,
                units: list(summary.missingUnits),
              })}
            </li>
            <li>{t('received.late', { count: summary.lateUnits.length, units: list(summary.lateUnits) })}</li>
            <li>
              {t('received.unreportedTasks', {
                count: summary.unreportedTasks.length,
                tasks: list(summary.unreportedTasks),
              })}
            </li>
          </ul>
          <button type="button" className="button" onClick={downloadCsv} data-testid="received-csv">
            {t('received.csv')}
          </button>
        </>
      )}
    </section>
  );
}
