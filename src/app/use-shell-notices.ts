// The notices listed above every view: why the link was corrected (the URL state's) and the kept imports
// that could not be stored or re-applied (this browser's storage), each dismissed on its own.
import { useState } from 'react';
import type { NoticeItem } from '../components/notice-list.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import { describeNotice } from '../state/describe-notice.ts';
import type { ViewId } from '../state/url-state.ts';
import type { UrlStateApi } from '../state/use-url-state.ts';
import { VIEW_LABELS } from './app-nav.tsx';
import {
  isOtherTabNotice,
  STORAGE_NOTICE_PREFIX,
  useStoredImportNotices,
} from './use-stored-import-notices.ts';

export interface ShellNotices {
  items: NoticeItem[];
  dismiss: (id: string) => void;
}

/** The notices shown on `view`, in words; `provinceName` names the provinces they mention. */
export function useShellNotices(
  { notices, dismissNotice }: Pick<UrlStateApi, 'notices' | 'dismissNotice'>,
  view: ViewId,
  provinceName: (code: string) => string,
): ShellNotices {
  const { t } = useI18n();
  const storageNotices = useStoredImportNotices();
  const [dismissedStorage, setDismissedStorage] = useState<ReadonlySet<string>>(new Set());
  const items = [
    ...notices.map((notice, index) => ({
      id: String(index),
      text: describeNotice(notice, t, { provinceName, viewName: (shown) => t(VIEW_LABELS[shown]) }),
    })),
    // Kept imports that could not be stored or re-applied: said on every view (the Data view says it in full).
    // (another tab's change is said on the Data view too: its tables just changed under the user's eyes).
    ...storageNotices.filter(
      (notice) => !dismissedStorage.has(notice.id) && (view !== 'data' || isOtherTabNotice(notice.id)),
    ),
  ];
  const dismiss = (id: string): void => {
    if (id.startsWith(STORAGE_NOTICE_PREFIX)) setDismissedStorage((shown) => new Set([...shown, id]));
    else dismissNotice(Number(id));
  };
  return { items, dismiss };
}
