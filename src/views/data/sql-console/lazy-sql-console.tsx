// The console's entry point on the Data view: CodeMirror and the console load in their own chunk, when
// the view is first shown; a line says so meanwhile. The service worker does not precache that chunk (a desk
// tool, src/server/first-use-tools.ts): offline before its first use, the line says it downloads with a network.

import type { ComponentType, ReactNode } from 'react';
import { useEffect, useState } from 'react';
import { isDownloadFailure } from '../../../components/error-failure.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { SqlConsoleSectionProps } from './sql-console-section.tsx';

type Loading =
  { readonly section: ComponentType<SqlConsoleSectionProps> } | { readonly failed: unknown } | null;

/** The console once loaded: the Data view shown again draws it at once, without the loading line. */
let loadedSection: ComponentType<SqlConsoleSectionProps> | null = null;

/** The SQL console, lazily loaded. */
export function LazySqlConsole(props: SqlConsoleSectionProps): ReactNode {
  const { t } = useI18n();
  const [loading, setLoading] = useState<Loading>(() =>
    loadedSection === null ? null : { section: loadedSection },
  );
  useEffect(() => {
    if (loadedSection !== null) return;
    let shown = true;
    import('./sql-console-section.tsx').then(
      (module) => {
        loadedSection = module.default;
        if (shown) setLoading({ section: module.default });
      },
      (error: unknown) => shown && setLoading({ failed: error }),
    );
    return () => {
      shown = false;
    };
  }, []);
  if (loading === null) return <p className="sql-console-loading">{t('console.loading')}</p>;
  if ('failed' in loading) {
    // Anything but a download that could not happen is a bug: the view's error panel shows it, as before.
    if (!isDownloadFailure(loading.failed)) throw loading.failed;
    return (
      <section
        className="panel data-section"
        aria-labelledby="sql-console-title"
        data-testid="sql-console-not-downloaded"
      >
        <h2 id="sql-console-title" className="data-section-title">
          {t('console.title')}
        </h2>
        <p role="status" className="data-intro">
          {t('console.notDownloaded')}
        </p>
      </section>
    );
  }
  const Section = loading.section;
  return <Section {...props} />;
}
