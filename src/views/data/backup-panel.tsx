// "Sao lưu và khôi phục": the workspace (what this browser keeps for the user) written as one .papi.zip, and a
// backup read back, checked and, once confirmed, restored (restore-backup-form.tsx). Anchored at #backup so a
// storage notice elsewhere can send the user here.
import type { ReactNode } from 'react';
import { useState, useSyncExternalStore } from 'react';
import { downloadBlob } from '../../export/render-figure.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { writeBackupArchive } from '../../storage/backup/write-backup-archive.ts';
import { readWorkspace } from '../../storage/backup/workspace-stores.ts';
import { withUnkeptImports } from '../../storage/backup/with-unkept-imports.ts';
import { unkeptImports } from '../../session/database-start.ts';
import type { NewImportedFile } from '../../storage/imported-files-store.ts';
import { backupFileName } from './backup-file-name.ts';
import { RestoreBackupForm } from './restore-backup-form.tsx';

type BackupState =
  | { readonly stage: 'idle' | 'working' }
  | { readonly stage: 'done'; readonly file: string }
  | { readonly stage: 'failed'; readonly error: string };

/** Writes the backup (what is kept, then `unkept`) and hands it to the browser's download. */
async function backUp(provinceName: string, unkept: readonly NewImportedFile[]): Promise<BackupState> {
  try {
    const workspace = await readWorkspace();
    if (!workspace.ok) return { stage: 'failed', error: workspace.error };
    const now = new Date();
    const bytes = await writeBackupArchive(withUnkeptImports(workspace.value, unkept), now);
    const file = backupFileName(provinceName, now);
    downloadBlob(new Blob([bytes.slice()], { type: 'application/zip' }), file);
    return { stage: 'done', file };
  } catch (error) {
    return { stage: 'failed', error: error instanceof Error ? error.message : String(error) };
  }
}

/** The Data view's backup section: "Sao lưu" and the restore form. */
export function BackupPanel({ provinceName }: { readonly provinceName: string }): ReactNode {
  const { t } = useI18n();
  const [state, setState] = useState<BackupState>({ stage: 'idle' });
  const unkept = useSyncExternalStore(unkeptImports.subscribe, unkeptImports.getState);
  const unkeptFiles = unkept.batches.flatMap((batch) => batch.files);
  return (
    <section id="backup" className="panel data-section" aria-labelledby="data-backup-title">
      <h2 id="data-backup-title" className="data-section-title">
        {t('backup.title')}
      </h2>
      <p className="data-intro">{t('backup.intro')}</p>
      {unkeptFiles.length > 0 ? (
        <p className="data-intro" data-testid="backup-unkept">
          {t('backup.includesUnkept', { count: unkeptFiles.length })}
        </p>
      ) : null}
      <button
        type="button"
        className="button"
        disabled={state.stage === 'working'}
        data-testid="backup-button"
        onClick={() => {
          setState({ stage: 'working' });
          void backUp(provinceName, unkeptFiles).then(setState);
        }}
      >
        {state.stage === 'working' ? t('backup.working') : t('backup.button')}
      </button>
      {state.stage === 'done' ? (
        <p role="status" className="import-outcome" data-testid="backup-outcome">
          {t('backup.done', { file: state.file })}
        </p>
      ) : null}
      {state.stage === 'failed' ? (
        <p role="alert" className="import-outcome is-alert" data-testid="backup-outcome">
          {t('backup.failed', { error: state.error })}
        </p>
      ) : null}
      <RestoreBackupForm />
    </section>
  );
}
