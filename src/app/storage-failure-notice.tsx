// What this browser could not keep, said on every view until it is resolved (issue 23, "Storage never forgets
// silently"): the files applied but not kept, why, and the ways out (retry, free space, back up); and what the
// other tabs are doing to the data (a reset announced, a reload held back for this tab's unkept files).
import type { MouseEvent, ReactNode } from 'react';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { StorageFailureText } from '../components/error-failure-line.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import { otherTabStore, unkeptImports } from '../session/database-start.ts';
import { unkeptFileNames } from '../session/unkept-imports.ts';
import { serialiseUrlState, type UrlState } from '../state/url-state.ts';
import './storage-failure-notice.css';

/** The Data view's sections the notice links to: the kept files table (datasets-table) and the backup (helper C's). */
export type DataAnchor = 'kept-files' | 'backup';

const SCROLL_WAIT_MS = 5_000;

/** Scrolls to the section once the Data view has rendered it (it may still be loading). */
function scrollToWhenShown(anchor: DataAnchor): void {
  const started = performance.now();
  const look = (): void => {
    const target = document.getElementById(anchor);
    if (target !== null) {
      target.scrollIntoView({ block: 'start' });
      if (target.tabIndex >= 0 || target.hasAttribute('tabindex')) target.focus({ preventScroll: true });
    } else if (performance.now() - started < SCROLL_WAIT_MS) window.setTimeout(look, 100);
  };
  // After the view change has moved focus to its heading.
  window.setTimeout(look, 0);
}

export function StorageFailureNotice({
  state,
  onOpenData,
}: {
  state: UrlState;
  /** Shows the Data view in this page (a page load would lose the very data not kept). */
  onOpenData: () => void;
}): ReactNode {
  const { t } = useI18n();
  const unkept = useSyncExternalStore(unkeptImports.subscribe, unkeptImports.getState);
  const otherTab = useSyncExternalStore(otherTabStore.subscribe, otherTabStore.getState);
  const [retryFailed, setRetryFailed] = useState(false);
  const files = unkeptFileNames(unkept);

  // Closing or reloading the page would lose what was not kept: the browser asks first.
  useEffect(() => {
    if (files.length === 0) return undefined;
    const warn = (event: BeforeUnloadEvent): void => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [files.length]);

  const dataHref = (anchor: DataAnchor): string =>
    `${serialiseUrlState({ ...state, view: 'data', viewParams: {} })}#${anchor}`;
  const open = (anchor: DataAnchor) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    if (state.view !== 'data') onOpenData();
    scrollToWhenShown(anchor);
  };

  return (
    <>
      {otherTab.resetComing ? (
        <p className="other-tab-notice" role="status" data-testid="reset-coming-notice">
          {t('storage.otherTab.resetComing')}
        </p>
      ) : null}
      {files.length > 0 && unkept.failure !== null ? (
        <section
          className="storage-failure-notice"
          role="alert"
          aria-labelledby="storage-failure-title"
          data-testid="storage-failure-notice"
        >
          <h2 id="storage-failure-title" className="storage-failure-title">
            {t('storage.notice.title')}
          </h2>
          <p data-testid="storage-failure-files">{t('storage.notice.files', { files: files.join(', ') })}</p>
          <StorageFailureText failure={unkept.failure} />
          {retryFailed && !unkept.retrying ? <p>{t('storage.notice.retryFailed')}</p> : null}
          {otherTab.reloadHeld ? <p data-testid="reload-held">{t('storage.notice.held')}</p> : null}
          <div className="storage-failure-actions">
            <button
              type="button"
              className="button"
              disabled={unkept.retrying}
              data-testid="storage-retry"
              onClick={() => {
                setRetryFailed(false);
                void unkeptImports.retry().then((kept) => setRetryFailed(!kept));
              }}
            >
              {unkept.retrying ? t('storage.notice.retrying') : t('storage.notice.retry')}
            </button>
            <a href={dataHref('kept-files')} onClick={open('kept-files')} data-testid="storage-free-space">
              {t('storage.notice.freeSpace')}
            </a>
            <a href={dataHref('backup')} onClick={open('backup')} data-testid="storage-backup">
              {t('storage.notice.backup')}
            </a>
          </div>
        </section>
      ) : null}
    </>
  );
}
