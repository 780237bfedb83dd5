import type { ReactNode } from 'react';
import { StorageFailureText } from '../../components/error-failure-line.tsx';
import { useDatabase } from '../../session/database-context.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import '../../components/muted-text.css';

/** What happened at start-up to the imports kept in this browser: re-applied, not applicable any more, or storage refused. */
export function StoredImportsNotice(): ReactNode {
  const { t } = useI18n();
  const { storedImports } = useDatabase();
  const { storageError } = storedImports;
  const problems = storedImports.failed.map((failure) => t('import.reapply.failed', { file: failure.file }));
  return (
    <>
      {problems.length > 0 || storageError !== null ? (
        <div role="alert" className="import-outcome is-alert" data-testid="stored-imports-problems">
          {/* The browser's reason in the UI language, its own words under details. */}
          {storageError === null ? null : <StorageFailureText failure={storageError} />}
          {problems.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      ) : null}
      {storedImports.applied > 0 ? (
        <p className="muted" data-testid="stored-imports-applied">
          {t('data.stored.applied', { count: storedImports.applied })}
        </p>
      ) : null}
    </>
  );
}
