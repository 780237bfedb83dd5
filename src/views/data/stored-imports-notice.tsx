import type { ReactNode } from 'react';
import { useDatabase } from '../../session/database-context.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import '../../components/muted-text.css';

/** What happened at start-up to the imports kept in this browser: re-applied, not applicable any more, or storage refused. */
export function StoredImportsNotice(): ReactNode {
  const { t } = useI18n();
  const { storedImports } = useDatabase();
  const problems = [
    ...(storedImports.storageError === null
      ? []
      : [
          t(`import.storage.${storedImports.storageError.reason}`, {
            error: storedImports.storageError.error,
          }),
        ]),
    ...storedImports.failed.map((failure) => t('import.reapply.failed', { file: failure.file })),
  ];
  return (
    <>
      {problems.length > 0 ? (
        <div role="alert" className="import-outcome is-alert" data-testid="stored-imports-problems">
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
