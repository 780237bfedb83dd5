// Imports kept in this browser that could not be stored (quota, private mode) or re-applied at start-up:
// never silent, so the shell says so on every view, not only on the Data view.
import { useDatabase } from '../session/database-context.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import type { NoticeItem } from '../components/notice-list.tsx';

export const STORAGE_NOTICE_PREFIX = 'storage:';

/** One notice per storage problem and per kept file that no longer applies. */
export function useStoredImportNotices(): NoticeItem[] {
  const { t } = useI18n();
  const { storedImports } = useDatabase();
  const storage =
    storedImports.storageError === null
      ? []
      : [
          {
            id: `${STORAGE_NOTICE_PREFIX}error`,
            text: t(`import.storage.${storedImports.storageError.reason}`, {
              error: storedImports.storageError.error,
            }),
          },
        ];
  const failed = storedImports.failed.map((failure, index) => ({
    id: `${STORAGE_NOTICE_PREFIX}failed-${index}`,
    text: t('import.reapply.failed', { file: failure.file }),
  }));
  return [...storage, ...failed];
}
