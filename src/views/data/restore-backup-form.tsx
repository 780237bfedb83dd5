// Restore from a .papi.zip: the file (chosen or dropped) is read and checked whole first; a refused file lists
// its located problems and nothing changes; an accepted one shows what it will replace (now vs in the file) and
// waits for the user's confirmation before the stores are replaced in one go.
import type { ReactNode } from 'react';
import { useEffect, useRef, useState } from 'react';
import { useFileDrop } from '../../components/use-file-drop.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { useRestoreWorkspace } from '../../queries/use-restore-workspace.ts';
import {
  BACKUP_FILE_EXTENSION,
  countWorkspace,
  WORKSPACE_KINDS,
  type BackupManifest,
  type BackupProblem,
  type WorkspaceContents,
  type WorkspaceCounts,
} from '../../storage/backup/backup-format.ts';
import { planRestore, type RestorePlan } from '../../storage/backup/plan-restore.ts';
import { readBackupArchive } from '../../storage/backup/read-backup-archive.ts';
import { readWorkspace } from '../../storage/backup/workspace-stores.ts';
import { describeBackupProblem } from './describe-backup-problem.ts';
import { formatLoadedAt } from './format-loaded-at.ts';
import { RestorePlanTable } from './restore-plan-table.tsx';
import '../../components/muted-text.css';

type Checked =
  | { readonly stage: 'idle' }
  | { readonly stage: 'reading'; readonly file: string }
  | { readonly stage: 'refused'; readonly file: string; readonly problems: readonly BackupProblem[] }
  | {
      readonly stage: 'confirm';
      readonly file: string;
      readonly manifest: BackupManifest;
      readonly contents: WorkspaceContents;
      readonly plan: RestorePlan;
    };

const NOTHING_KEPT = Object.fromEntries(WORKSPACE_KINDS.map((kind) => [kind, 0])) as WorkspaceCounts;

/** Reads and checks the file, and what is kept now; nothing is written. */
async function check(file: File): Promise<Checked> {
  const read = await readBackupArchive(new Uint8Array(await file.arrayBuffer()));
  if (!read.ok) return { stage: 'refused', file: file.name, problems: read.problems };
  // Storage refused: nothing can be read as kept now (the restore will say whether it can write).
  const current = await readWorkspace();
  const now = current.ok ? countWorkspace(current.value) : NOTHING_KEPT;
  const plan = planRestore(now, read.manifest.counts);
  return { stage: 'confirm', file: file.name, manifest: read.manifest, contents: read.contents, plan };
}

/** The file input and drop zone, the check's outcome, the confirmation and the restore's outcome. */
export function RestoreBackupForm(): ReactNode {
  const { t, lang } = useI18n();
  const [checked, setChecked] = useState<Checked>({ stage: 'idle' });
  const [restoredFrom, setRestoredFrom] = useState('');
  const restore = useRestoreWorkspace();
  const confirmRef = useRef<HTMLButtonElement>(null);
  const { zone, input } = useFileDrop((files) => {
    const file = files[0];
    if (file === undefined || restore.isPending) return;
    restore.reset();
    setChecked({ stage: 'reading', file: file.name });
    void check(file).then(setChecked);
  });
  useEffect(() => {
    if (checked.stage === 'confirm') confirmRef.current?.focus();
  }, [checked.stage]);

  return (
    <div className="backup-restore">
      <div {...zone} data-testid="backup-drop-zone">
        <input {...input} accept={`${BACKUP_FILE_EXTENSION},.zip`} disabled={restore.isPending} />
        <label className="button file-button" htmlFor={input.id}>
          {t('backup.restore.input')}
        </label>
        <span className="muted">{t('backup.restore.drop')}</span>
      </div>
      {checked.stage === 'reading' ? (
        <p role="status">{t('backup.restore.reading', { file: checked.file })}</p>
      ) : null}
      {checked.stage === 'refused' ? (
        <div role="alert" className="import-outcome is-alert" data-testid="backup-refused">
          <p>{t('backup.restore.refused', { file: checked.file })}</p>
          <ul className="import-problems">
            {checked.problems.map((problem, index) => (
              <li key={index}>{describeBackupProblem(problem, t)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {checked.stage === 'confirm' ? (
        <div
          className="restore-confirm"
          role="group"
          aria-labelledby="backup-restore-summary"
          data-testid="backup-confirm"
        >
          <p id="backup-restore-summary">
            {t('backup.restore.summary', {
              file: checked.file,
              date: formatLoadedAt(checked.manifest.createdAt, lang),
              version: checked.manifest.appVersion,
            })}
          </p>
          <RestorePlanTable plan={checked.plan} />
          <div className="restore-actions">
            <button
              ref={confirmRef}
              type="button"
              className="button button-danger"
              onClick={() => {
                setRestoredFrom(checked.file);
                setChecked({ stage: 'idle' });
                restore.mutate(checked.contents);
              }}
            >
              {t('backup.restore.confirm')}
            </button>
            <button type="button" className="button" onClick={() => setChecked({ stage: 'idle' })}>
              {t('backup.restore.cancel')}
            </button>
          </div>
        </div>
      ) : null}
      {restore.isPending ? <p role="status">{t('backup.restore.working')}</p> : null}
      <RestoreOutcome file={restoredFrom} result={restore.data} error={restore.error} />
    </div>
  );
}

function RestoreOutcome({
  file,
  result,
  error,
}: {
  file: string;
  result: ReturnType<typeof useRestoreWorkspace>['data'];
  error: Error | null;
}): ReactNode {
  const { t } = useI18n();
  if (error !== null || (result !== undefined && !result.ok)) {
    const message = error?.message ?? (result !== undefined && !result.ok ? result.error : '');
    const putBack = result === undefined || result.ok || result.putBack;
    return (
      <p role="alert" className="import-outcome is-alert" data-testid="backup-restore-outcome">
        {t(putBack ? 'backup.restore.failed' : 'backup.restore.failedNotPutBack', { error: message })}
      </p>
    );
  }
  if (result === undefined) return null;
  return (
    <p role="status" className="import-outcome" data-testid="backup-restore-outcome">
      {t('backup.restore.done', { file })}
    </p>
  );
}
