// The SQL console on the Data view (a lazy chunk: CodeMirror loads only here): editor, examples, history
// and schema beside it, the run's outcome (result table, CSV, quick chart; or DuckDB's error with its place
// marked; or why a statement was refused) below.

import type { SQLNamespace } from '@codemirror/lang-sql';
import type { ReactNode } from 'react';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useNearViewport } from '../../../components/use-near-viewport.ts';
import { useConsoleSchemaWhen } from '../../../queries/sql-console-schema.ts';
import { useReadyConnector } from '../../../queries/use-ready-connector.ts';
import { ConsoleToolbar } from './console-toolbar.tsx';
import { ExampleList, HistoryList } from './console-side-lists.tsx';
import { buildExampleQueries } from './example-queries.ts';
import { RunOutcome } from './run-outcome.tsx';
import { SchemaPanel } from './schema-panel.tsx';
import { SqlEditor, type EditorFault, type SqlEditorHandle } from './sql-editor.tsx';
import { useChartQueryRequest } from './use-chart-query-request.ts';
import { useConsoleRun, type ConsoleRunState } from './use-console-run.ts';
import { useQueryHistoryState } from './use-query-history-state.ts';
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
  const examples = useMemo(
    () =>
      buildExampleQueries(i18n, provinceCode ?? DEFAULT_PROVINCE.code, provinceName ?? DEFAULT_PROVINCE.name),
    [i18n, provinceCode, provinceName],
  );
  const [text, setText] = useState(() => examples[0]?.sql ?? '');
  const { history, record } = useQueryHistoryState();
  const { state, run, cancel } = useConsoleRun(connector);
  const editor = useRef<SqlEditorHandle>(null);
  const section = useRef<HTMLElement>(null);
  // The console sits at the foot of the Data view: its schema (a cold catalog query, ~0.3 s on a first visit) is
  // asked for when a reader comes near, not while an import dropped at once is being read.
  const schema = useConsoleSchemaWhen(useNearViewport(section));

  const runText = useCallback(
    (sql: string) =>
      void run(sql).then(async (outcome) => {
        if (outcome?.status === 'done' || outcome?.status === 'error') await record(sql);
      }),
    [run, record],
  );

  // After the commit that received a chart's query: the editor takes the text, then the query runs.
  const showChartQuery = useCallback(
    (sql: string) => {
      setText(sql);
      section.current?.scrollIntoView({ block: 'start' });
      editor.current?.focus();
      runText(sql);
    },
    [runText],
  );
  useChartQueryRequest(connector, showChartQuery);

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
          <ConsoleToolbar
            running={running}
            ready={connector !== null}
            onRun={() => runText(text)}
            onCancel={cancel}
          />
          <RunOutcome state={state} />
        </div>
        <aside className="sql-console-side">
          <ExampleList examples={examples} onPick={setText} />
          <HistoryList history={history} onPick={setText} />
          <SchemaPanel relations={schema.data ?? []} />
        </aside>
      </div>
    </section>
  );
}
