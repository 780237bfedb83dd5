import type { ReactNode } from 'react';
import { useMemo } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { csvDataUrl } from '../../export/csv-writer.ts';
import type { ImportSummary } from './import-summary.ts';
import { buildProblemsCsv } from './problems-csv.ts';
import './import-feedback.css';

/** role="status" when everything was accepted, role="alert" when anything was rejected; the first problems and a CSV of all. */
export function ImportOutcomeMessage({ summary }: { summary: ImportSummary }): ReactNode {
  const { t } = useI18n();
  const csvUrl = useMemo(
    () => (summary.problems.length === 0 ? null : csvDataUrl(buildProblemsCsv(summary.problems, t))),
    [summary.problems, t],
  );
  return (
    <div
      role={summary.role}
      className={summary.role === 'alert' ? 'import-outcome is-alert' : 'import-outcome'}
      data-testid="import-outcome"
    >
      {summary.lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      {summary.warningLines.length > 0 ? (
        <>
          <p>{t('import.official.warnings')}</p>
          <ul className="import-problems" data-testid="import-warnings">
            {summary.warningLines.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ul>
        </>
      ) : null}
      {summary.problemLines.length > 0 ? (
        <ul className="import-problems" data-testid="import-problems">
          {summary.problemLines.map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ul>
      ) : null}
      {summary.moreProblems > 0 ? (
        <p>{t('data.import.moreProblems', { count: summary.moreProblems })}</p>
      ) : null}
      {summary.detail === null ? null : (
        <details data-testid="import-detail">
          <summary>{t('import.engine.details')}</summary>
          <pre className="import-detail">{summary.detail}</pre>
        </details>
      )}
      {csvUrl === null ? null : (
        <a href={csvUrl} download="van-de-nhap-du-lieu.csv" data-testid="problems-csv">
          {t('data.import.downloadProblems', { count: summary.problems.length })}
        </a>
      )}
    </div>
  );
}
