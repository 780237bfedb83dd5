// What a run gave: the result (count, time, CSV, table, chart), DuckDB's error with its place, the reason a
// statement was refused, or that it was stopped. The status line is a live region.

import type { ReactNode } from 'react';
import type { GuardRefusal } from '../../../console/statement-guard.ts';
import type { I18n } from '../../../i18n/create-i18n.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { pluralCategory } from '../../../i18n/plural.ts';
import { formatConsoleCell } from './format-cell.ts';
import { buildResultCsv } from './result-csv.ts';
import { ResultChart } from './result-chart.tsx';
import { ResultsTable } from './results-table.tsx';
import type { ConsoleRunState } from './use-console-run.ts';
import { CONSOLE_MAX_ROWS, type ConsoleResult } from '../../../console/console-query.ts';

/** The refusal in words. */
export function describeRefusal(refusal: GuardRefusal, i18n: Pick<I18n, 't'>): string {
  switch (refusal.reason) {
    case 'empty':
    case 'several-statements':
      return i18n.t(`console.refused.${refusal.reason}`);
    case 'forbidden-word':
      return i18n.t('console.refused.forbidden-word', {
        word: refusal.word,
        lower: refusal.word.toLowerCase(),
      });
    default:
      return i18n.t(`console.refused.${refusal.reason}`, { word: refusal.word });
  }
}

function downloadCsv(result: ConsoleResult, i18n: I18n): void {
  const blob = new Blob([buildResultCsv(result.columns, result.rows, i18n.lang)], {
    type: 'text/csv;charset=utf-8',
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = i18n.lang === 'vi' ? 'ket-qua-truy-van.csv' : 'query-result.csv';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function RunOutcome({ state }: { state: ConsoleRunState }): ReactNode {
  const i18n = useI18n();
  const { t } = i18n;
  const status =
    state.status === 'running'
      ? t('console.running')
      : state.status === 'cancelled'
        ? t('console.cancelled')
        : state.status === 'done'
          ? t(
              pluralCategory(i18n.locale, state.result.rows.length) === 'one'
                ? 'console.summaryOne'
                : 'console.summary',
              {
                rows: formatConsoleCell(state.result.rows.length, i18n.locale),
                ms: formatConsoleCell(Math.round(state.result.elapsedMs), i18n.locale),
              },
            )
          : '';
  return (
    <div className="sql-console-outcome">
      <p className="sql-console-status" role="status" data-testid="sql-console-status">
        {status}
      </p>
      {state.status === 'refused' ? (
        <div className="sql-console-problem" role="alert" data-testid="sql-console-refused">
          <strong>{t('console.refusedTitle')}</strong>
          <p>{describeRefusal(state.refusal, i18n)}</p>
        </div>
      ) : null}
      {state.status === 'error' ? (
        <div className="sql-console-problem" role="alert" data-testid="sql-console-error">
          <strong>{t('console.errorTitle')}</strong>
          {state.location !== null ? (
            <p data-testid="sql-console-error-location">
              {t('console.errorAt', { line: state.location.line, column: state.location.column })}
            </p>
          ) : null}
          <pre>{state.message}</pre>
        </div>
      ) : null}
      {state.status === 'done' ? (
        <>
          <div className="sql-console-result-bar">
            {state.result.truncated ? (
              <span>{t('console.truncated', { max: formatConsoleCell(CONSOLE_MAX_ROWS, i18n.locale) })}</span>
            ) : null}
            <button
              type="button"
              className="button"
              data-testid="sql-console-download"
              onClick={() => downloadCsv(state.result, i18n)}
            >
              {t('console.download')}
            </button>
          </div>
          {state.result.rows.length === 0 ? (
            <p>{t('console.noRows')}</p>
          ) : (
            <>
              <ResultsTable
                columns={state.result.columns}
                rows={state.result.rows}
                locale={i18n.locale}
                label={t('console.resultsLabel')}
              />
              <ResultChart
                key={state.result.columns.map((c) => c.name).join('\u0000')}
                result={state.result}
              />
            </>
          )}
        </>
      ) : null}
    </div>
  );
}
