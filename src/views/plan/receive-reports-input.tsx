// "Nhận báo cáo": returned forms chosen or dropped here go through the Data view's import (useImportFiles:
// read, apply, keep in this browser), so the received panel and the whole app move with them.
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useFileDrop } from '../../components/use-file-drop.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { describeProblem } from '../../ingest/read/describe-problem.ts';
import { describeFormBatch } from '../../ingest/report-forms/describe-form-batch.ts';
import { useImportFiles } from '../../queries/use-import-files.ts';
import { rememberReceive, useLastReceive } from './remembered-cycle.ts';
import '../../components/muted-text.css';
import './received-panel.css';

// The problems listed in words; the Data view offers the full list as CSV.
const PROBLEMS_SHOWN = 10;

/** The file button and drop zone, and what the last import did. */
export function ReceiveReportsInput(): ReactNode {
  const { t, lang } = useI18n();
  const [formsAllOrNothing, setFormsAllOrNothing] = useState(false);
  const importFiles = useImportFiles({ formsAllOrNothing });
  const last = useLastReceive();
  const [count, setCount] = useState(0);
  const { zone, input } = useFileDrop((files) => {
    if (files.length === 0 || importFiles.isPending) return;
    rememberReceive(null);
    setCount(files.length);
    // mutateAsync, not mutate's callbacks: the view unmounts while the changed data loads, and the outcome
    // must still arrive (remembered-cycle.ts).
    void Promise.all(
      files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
    )
      .then((toImport) => importFiles.mutateAsync(toImport))
      .then(rememberReceive, (error: unknown) =>
        rememberReceive({ error: error instanceof Error ? error.message : String(error) }),
      );
  });
  const lines: string[] = [];
  const problems: string[] = [];
  if (last !== null && 'error' in last)
    lines.push(t('import.outcome.refusedDatabase', { error: last.error }));
  if (last !== null && 'outcome' in last) {
    const forms = last.forms === undefined ? null : describeFormBatch(last.forms, t, lang);
    const refusedAll =
      !last.outcome.ok && (last.forms?.refused.length ?? 0) > 0 && last.outcome.files.length === 0;
    lines.push(
      last.outcome.ok
        ? t('received.imported', { count: last.outcome.files.length })
        : t(refusedAll ? 'received.refusedAll' : 'received.refused'),
    );
    lines.push(...(forms?.lines ?? []));
    const all = [...(last.outcome.ok ? [] : last.outcome.problems), ...(forms?.problems ?? [])];
    problems.push(...all.slice(0, PROBLEMS_SHOWN).map((problem) => describeProblem(problem, t)));
  }
  const alert = problems.length > 0 || (last !== null && 'error' in last);
  return (
    <div className="received-import">
      <div {...zone} className={`${zone.className} received-drop`} data-testid="received-drop-zone">
        <input {...input} multiple accept=".xlsx,.xls,.csv" disabled={importFiles.isPending} />
        <label className="button received-file-button" htmlFor={input.id}>
          {t('received.receive')}
        </label>
        <span className="muted">{t('received.receiveHint')}</span>
      </div>
      <label className="received-all-or-nothing">
        <input
          type="checkbox"
          checked={formsAllOrNothing}
          onChange={(event) => setFormsAllOrNothing(event.target.checked)}
          data-testid="received-all-or-nothing"
        />{' '}
        {t('received.allOrNothing')}
      </label>
      {importFiles.isPending ? <p role="status">{t('received.importing', { count })}</p> : null}
      {lines.length === 0 ? null : (
        <div role={alert ? 'alert' : 'status'} data-testid="received-import-outcome">
          {lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
          {problems.length === 0 ? null : (
            <ul>
              {problems.map((line, index) => (
                <li key={index}>{line}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
