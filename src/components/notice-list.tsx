import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context.tsx';
import './notice-list.css';

export interface NoticeItem {
  id: string;
  text: string;
}

/**
 * Notices in a polite live region (always in the page, so a screen reader announces what appears
 * in it), each with a button that closes it.
 */
export function NoticeList({
  notices,
  onDismiss,
}: {
  notices: readonly NoticeItem[];
  onDismiss: (id: string) => void;
}): ReactNode {
  const { t } = useI18n();
  return (
    <div className="notice-list" role="status" aria-label={t('notice.label')} data-testid="notices">
      {notices.map((notice) => (
        <div key={notice.id} className="notice" data-testid="notice">
          <p className="notice-text">{notice.text}</p>
          <button
            type="button"
            className="button notice-dismiss"
            aria-label={t('notice.dismiss')}
            title={t('notice.dismiss')}
            onClick={() => onDismiss(notice.id)}
          >
            <span aria-hidden="true">×</span>
          </button>
        </div>
      ))}
    </div>
  );
}
