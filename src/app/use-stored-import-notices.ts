// Imports kept in this browser that could not be stored (quota, private mode) or re-applied at start-up:
// never silent, so the shell says so on every view, not only on the Data view.
import { useDatabaseSelector } from '../session/database-context.tsx';
import type { DatabaseState } from '../session/database-store.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import type { NoticeItem } from '../components/notice-list.tsx';
import { storageFailureText } from '../components/error-failure.ts';

export const STORAGE_NOTICE_PREFIX = 'storage:';
const OTHER_TAB_NOTICE_PREFIX = `${STORAGE_NOTICE_PREFIX}other-tab-`;

/** Whether a notice says that another tab changed the data: shown on every view, the Data view included. */
export const isOtherTabNotice = (id: string): boolean => id.startsWith(OTHER_TAB_NOTICE_PREFIX);

const selectStoredImports = (state: DatabaseState): DatabaseState['storedImports'] => state.storedImports;
const selectOtherTabUpdates = (state: DatabaseState): number => state.otherTabUpdates;

/** One notice per storage problem and per kept file that no longer applies. */
export function useStoredImportNotices(): NoticeItem[] {
  const { t } = useI18n();
  // Selected, so the shell (and the view in it) does not re-render on every step of the engine's download.
  const storedImports = useDatabaseSelector(selectStoredImports);
  const otherTabUpdates = useDatabaseSelector(selectOtherTabUpdates);
  const storage =
    storedImports.storageError === null
      ? []
      : [
          {
            id: `${STORAGE_NOTICE_PREFIX}error`,
            // In the UI language; the browser's own words are under details on the Data view.
            text: storageFailureText(storedImports.storageError, t),
          },
        ];
  const failed = storedImports.failed.map((failure, index) => ({
    id: `${STORAGE_NOTICE_PREFIX}failed-${index}`,
    text: t('import.reapply.failed', { file: failure.file }),
  }));
  // One notice per reload another tab caused (a new id each time, so a dismissed one does not hide the next).
  const otherTab =
    otherTabUpdates === 0
      ? []
      : [{ id: `${OTHER_TAB_NOTICE_PREFIX}${otherTabUpdates}`, text: t('import.otherTab.updated') }];
  return [...otherTab, ...storage, ...failed];
}
