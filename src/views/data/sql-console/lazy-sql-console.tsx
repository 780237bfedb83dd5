// The console's entry point on the Data view: CodeMirror and the console load in their own chunk, when
// the view is first shown; a line says so meanwhile.

import type { ReactNode } from 'react';
import { lazy, Suspense } from 'react';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { SqlConsoleSectionProps } from './sql-console-section.tsx';

const SqlConsoleSection = lazy(() => import('./sql-console-section.tsx'));

/** The SQL console, lazily loaded. */
export function LazySqlConsole(props: SqlConsoleSectionProps): ReactNode {
  const { t } = useI18n();
  return (
    <Suspense fallback={<p className="sql-console-loading">{t('console.loading')}</p>}>
      <SqlConsoleSection {...props} />
    </Suspense>
  );
}
