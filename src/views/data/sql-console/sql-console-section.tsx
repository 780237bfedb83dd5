// The SQL console on the Data view (a lazy chunk: CodeMirror loads only here): editor, examples, history
// and schema beside it, the run's outcome (result table, CSV, quick chart; or DuckDB's error with its place
// marked; or why a statement was refused) below.

import type { SQLNamespace } from '@codemirror/lang-sql';
import type { ReactNode } from 'react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { inlineSqlParameters } from '../../../console/inline-sql-parameters.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useConsoleSchema } from '../../../queries/sql-console-schema.ts';
import { useReadyConnector } from '../../../queries/use-ready-connector.ts';
import { clearConsoleRequest, usePendingConsoleRequest } from '../../../state/console-request.ts';
import { buildExampleQueries } from './example-queries.ts';
import { readQueryHistory, recordQuery, type HistoryEntry } from '../../../storage/query-history.ts';
import { RunOutcome } from './run-outcome.tsx';
import { SchemaPanel } from './schema-panel.tsx';
import { SqlEditor, type EditorFault, type SqlEditorHandle } from './sql-editor.tsx';
import { useConsoleRun, type ConsoleRunState } from './use-console-run.ts';
import './sql-console.css';

export interface SqlConsoleSectionProps {
  provinceCode?: string;
  provinceName?: string;
}

const DEFAULT_PROVINCE = { code: 'P43', name: 'Đắk Nông' } as const;

/** Where the editor marks the fault of a run: DuckDB's line and column, or the refused word. */
function faultOf(state: ConsoleRunState): EditorFault | null {
  if (state.status === 'error' && state.location !== null) return { offset: state.location.offset };
  if (state.status === 'refused' && 'offset' in state.refusal) return { offset: state.refusal.offset };
  return null;
}

/** The console section (default export: loaded lazily by lazy-sql-console.tsx). */
export default function SqlConsoleSection({ provinceCode, provinceName }: SqlConsoleSectionProps): ReactNode {
  const i18n = useI18n();
  const { t } = i18n;
  const { connector } = useReadyConnector();
  const schema = useConsoleSchema();
  const examples = useMemo(
    () =>
      buildExampleQueries(i18n, provinceCode ?? DEFAULT_PROVINCE.code, provinceName ?? DEFAULT_PROVINCE.name),
    [i18n, provinceCode, provinceName],
  );
  const [text, setText] = useState(() => examples[0]?.sql ?? '');
  const [history, setHistory] = useState<HistoryEntry[]>([]);
  const { state, run, cancel } = useConsoleRun(connector);
  const editor = useRef<SqlEditorHandle>(null);
  const section = useRef<HTMLElement>(null);

  useEffect(() => {
    let live = true;
    void readQueryHistory().then((entries) => {
      if (live) setHistory(entries);
    });
    return () => {
      live = false;
    };
  }, []);

  const runText = useCallback(
    (sql: string) =>
      void run(sql).then(async (outcome) => {
        if (outcome?.status === 'done' || outcome?.status === 'error') setHistory(await recordQuery(sql));
      }),
    [run],
  );

  // A chart's "Show the query": its SQL with the params as literals, run at once.
  const request = usePendingConsoleRequest();
  useEffect(() => {
    if (request === null || connector === null) return;
    clearConsoleRequest(request.id);
    const sql = inlineSqlParameters(request.query.text, request.query.params);
    // After this commit: the editor takes the text, then the query runs.
    queueMicrotask(() => {
      setText(sql);
      section.current?.scrollIntoView({ block: 'start' });
      editor.current?.focus();
      runText(sql);
    });
  }, [request, connector, runText]);

  const completionSchema = useMemo<SQLNamespace>(
    () =>
      Object.fromEntries(
        (schema.data ?? []).map((relation) => [relation.name, relation.columns.map((c) => c.name)]),
      ),
    [schema.data],
  );
  const running = state.status === 'running';

  return (
    <section
      ref={section}
      className="sql-console"
      aria-labelledby="sql-console-title"
      data-testid="sql-console"
    >
      <h2 id="sql-console-title">{t('console.title')}</h2>
      <p className="sql-console-intro">{t('console.intro')}</p>
      <div className="sql-console-layout">
        <div className="sql-console-main">
          <SqlEditor
            value={text}
            onChange={setText}
            onRun={runText}
            schema={completionSchema}
            fault={faultOf(state)}
            label={t('console.editorLabel')}
            handle={editor}
          />
          <div className="sql-console-toolbar">
            <button
              type="button"
              className="button sql-console-run"
              data-testid="sql-console-run"
              aria-keyshortcuts="Control+Enter"
              disabled={running || connector === null}
              onClick={() => runText(text)}
            >
              {t('console.run')}
            </button>
            <button
              type="button"
              className="button"
              data-testid="sql-console-cancel"
              disabled={!running}
              onClick={cancel}
            >
              {t('console.cancel')}
            </button>
            <span className="sql-console-hint">
              {connector === null ? t('console.notReady') : t('console.runHint')}
            </span>
          </div>
          <RunOutcome state={state} />
        </div>
        <aside className="sql-console-side">
          <section aria-labelledby="sql-console-examples-title">
            <h3 id="sql-console-examples-title">{t('console.examplesTitle')}</h3>
            <ul className="sql-console-list" data-testid="sql-console-examples">
              {examples.map((example) => (
                <li key={example.id}>
                  <button
                    type="button"
                    className="sql-console-link"
                    data-example={example.id}
                    onClick={() => setText(example.sql)}
                  >
                    {example.title}
                  </button>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="sql-console-history-title">
            <h3 id="sql-console-history-title">{t('console.historyTitle')}</h3>
            {history.length === 0 ? (
              <p className="sql-console-muted">{t('console.historyEmpty')}</p>
            ) : (
              <ul className="sql-console-list" data-testid="sql-console-history">
                {history.map((entry) => (
                  <li key={entry.sql}>
                    <button
                      type="button"
                      className="sql-console-link sql-console-history-item"
                      title={entry.sql}
                      onClick={() => setText(entry.sql)}
                    >
                      <code>{entry.sql.replace(/\s+/g, ' ').slice(0, 80)}</code>
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <SchemaPanel relations={schema.data ?? []} />
        </aside>
      </div>
    </section>
  );
}
