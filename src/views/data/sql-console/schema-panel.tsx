// Every loaded table and view with its columns and types, and one line saying what it holds.

import type { ReactNode } from 'react';
import type { MessageKey } from '../../../i18n/vi.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { SchemaRelation } from '../../../queries/sql-console-schema.ts';

const DESCRIBED_RELATIONS = [
  ...['score_rows', 'provinces', 'indicators', 'plans', 'plan_tasks', 'task_progress', 'datasets', 'scores'],
  ...[
    'dimension_counts',
    'indicator_comparability',
    'indicator_years',
    'scored_units',
    'rankings',
    'group_cuts',
    'indicator_standing',
    'total_standing',
    'groups',
    'national_stats',
  ],
  ...[
    'progress_reports',
    'task_periods',
    'task_pair_states',
    'task_completion',
    'plan_targets',
    'province_latest_periods',
  ],
  'progress_provenance',
  'plan_goals',
  'survey_indicators',
  'unit_lifetimes',
] as const;

type DescribedRelation = (typeof DESCRIBED_RELATIONS)[number];

const isDescribed = (name: string): name is DescribedRelation =>
  (DESCRIBED_RELATIONS as readonly string[]).includes(name);

/** The description key of a table or view, or the generic one for a table the console does not know. */
export function relationDescriptionKey(name: string): MessageKey {
  return isDescribed(name) ? `console.table.${name}` : 'console.table.other';
}

export function SchemaPanel({ relations }: { relations: readonly SchemaRelation[] }): ReactNode {
  const { t } = useI18n();
  return (
    <section className="sql-console-schema" aria-labelledby="sql-console-schema-title">
      <h3 id="sql-console-schema-title">{t('console.schemaTitle')}</h3>
      <ul className="sql-console-relations" data-testid="sql-console-schema">
        {relations.map((relation) => (
          <li key={relation.name}>
            <details>
              <summary>
                <code>{relation.name}</code>{' '}
                <span className="sql-console-kind">
                  ({relation.kind === 'view' ? t('console.schemaView') : t('console.schemaTable')})
                </span>
                <span className="sql-console-description">{t(relationDescriptionKey(relation.name))}</span>
              </summary>
              <ul className="sql-console-columns">
                {relation.columns.map((column) => (
                  <li key={column.name}>
                    <code>{column.name}</code> <span className="sql-console-type">{column.type}</span>
                  </li>
                ))}
              </ul>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
