// The console's side lists: example queries and the user's recent ones; choosing one puts it in the editor.
import type { ReactNode } from 'react';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { ExampleQuery } from './example-queries.ts';
import type { HistoryEntry } from '../../../storage/query-history.ts';

/** The examples, each a button that loads its SQL. */
export function ExampleList({
  examples,
  onPick,
}: {
  examples: readonly ExampleQuery[];
  onPick: (sql: string) => void;
}): ReactNode {
  const { t } = useI18n();
  return (
    <section aria-labelledby="sql-console-examples-title">
      <h3 id="sql-console-examples-title">{t('console.examplesTitle')}</h3>
      <ul className="sql-console-list" data-testid="sql-console-examples">
        {examples.map((example) => (
          <li key={example.id}>
            <button
              type="button"
              className="sql-console-link"
              data-example={example.id}
              onClick={() => onPick(example.sql)}
            >
              {example.title}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The recent queries (newest first), each shown on one line and loaded back on click. */
export function HistoryList({
  history,
  onPick,
}: {
  history: readonly HistoryEntry[];
  onPick: (sql: string) => void;
}): ReactNode {
  const { t } = useI18n();
  return (
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
                onClick={() => onPick(entry.sql)}
              >
                <code>{entry.sql.replace(/\s+/g, ' ').slice(0, 80)}</code>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
