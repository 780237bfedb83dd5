import type { ReactNode } from 'react';
import { useState, useSyncExternalStore } from 'react';
import { StorageFailureText } from '../../components/error-failure-line.tsx';
import type { StorageFailure } from '../../components/error-failure.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { keptFilesQuery } from '../../queries/kept-files.ts';
import { removeKeptImport, unkeptImports } from '../../session/database-start.ts';
import { formatLoadedAt } from './format-loaded-at.ts';
import { keptFileRows } from './kept-files-rows.ts';
import '../../components/data-table.css';
import '../../components/muted-text.css';

/**
 * The imported files: kept in this browser ("đã lưu", with Remove to free space) or applied in this tab but not
 * kept ("chưa lưu"). The shell's storage notice links here (#kept-files).
 */
export function KeptFilesTable(): ReactNode {
  const { t, lang, formatNumber } = useI18n();
  const unkept = useSyncExternalStore(unkeptImports.subscribe, unkeptImports.getState);
  const kept = keptFilesQuery.use(unkept.keptWrites);
  const [removing, setRemoving] = useState<number | null>(null);
  const [removeFailure, setRemoveFailure] = useState<StorageFailure | null>(null);
  const listed = kept.data;
  const failure: StorageFailure | null =
    removeFailure ?? (listed !== undefined && !listed.ok ? listed : null);
  const rows = keptFileRows(listed?.ok === true ? listed.value : [], unkept.batches);

  const remove = (id: number): void => {
    setRemoving(id);
    setRemoveFailure(null);
    void removeKeptImport(id).then((result) => {
      setRemoving(null);
      if (!result.ok) setRemoveFailure(result);
      void kept.refetch();
    });
  };

  return (
    <section
      id="kept-files"
      tabIndex={-1}
      className="panel data-section"
      aria-labelledby="data-kept-files-title"
      data-testid="kept-files"
    >
      <h2 id="data-kept-files-title" className="data-section-title">
        {t('data.keptFiles.title')}
      </h2>
      <p className="data-intro">{t('data.keptFiles.intro')}</p>
      {failure !== null ? (
        <div role="alert" className="import-outcome is-alert">
          <StorageFailureText failure={failure} />
        </div>
      ) : null}
      {listed === undefined && rows.length === 0 ? (
        <p className="muted">{t('data.keptFiles.loading')}</p>
      ) : rows.length === 0 ? (
        <p className="muted" data-testid="kept-files-empty">
          {t('data.keptFiles.empty')}
        </p>
      ) : (
        <div className="data-table-scroll" tabIndex={0} role="group" aria-labelledby="data-kept-files-title">
          <table className="data-table datasets-table" data-testid="kept-files-table">
            <thead>
              <tr>
                <th scope="col">{t('data.keptFiles.col.file')}</th>
                <th scope="col" className="numeric">
                  {t('data.keptFiles.col.size')}
                </th>
                <th scope="col">{t('data.keptFiles.col.importedAt')}</th>
                <th scope="col">{t('data.keptFiles.col.state')}</th>
                <th scope="col">{t('data.keptFiles.col.action')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key} data-testid="kept-file-row" data-kept={String(row.kept)}>
                  <th scope="row" className="dataset-source">
                    {row.name}
                  </th>
                  <td className="numeric">{`${formatNumber(row.size / 1024, 1)} KB`}</td>
                  <td>{formatLoadedAt(row.importedAt, lang)}</td>
                  <td data-testid="kept-file-state">
                    {row.kept ? (
                      t('data.keptFiles.kept')
                    ) : (
                      <strong className="dataset-sample">{t('data.keptFiles.notKept')}</strong>
                    )}
                  </td>
                  <td>
                    <RemoveButton id={row.id} name={row.name} removing={removing} onRemove={remove} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** Remove for a kept file (none for a file not kept: there is nothing stored to remove). */
function RemoveButton({
  id,
  name,
  removing,
  onRemove,
}: {
  id: number | null;
  name: string;
  removing: number | null;
  onRemove: (id: number) => void;
}): ReactNode {
  const { t } = useI18n();
  if (id === null) return null;
  return (
    <button
      type="button"
      className="button"
      disabled={removing !== null}
      aria-label={t('data.keptFiles.removeLabel', { file: name })}
      onClick={() => onRemove(id)}
    >
      {removing === id ? t('data.keptFiles.removing') : t('data.keptFiles.remove')}
    </button>
  );
}
