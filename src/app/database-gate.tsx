import type { ReactNode } from 'react';
import { ErrorPanel } from '../components/error-panel.tsx';
import { EngineLoadError } from '../db/engine-load-error';
import { LoadingIndicator } from '../components/loading-indicator.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import { useDatabase } from './database-context.tsx';

const BYTES_PER_MB = 1024 * 1024;

/** Shows the start-up stage (or its error) in place of `children` until the database is ready. */
export function DatabaseGate({ children }: { children: ReactNode }): ReactNode {
  const { status, error, downloadProgress } = useDatabase();
  const { t, formatNumber } = useI18n();
  if (status === 'ready') return children;
  if (status === 'error') {
    const shown =
      error instanceof EngineLoadError ? t('db.engineLoadFailed', { detail: error.detail }) : error;
    return <ErrorPanel error={shown} onRetry={() => window.location.reload()} />;
  }
  let stage = t(`db.stage.${status}`);
  if (status === 'downloading' && downloadProgress !== null && downloadProgress.bytesTotal > 0) {
    const progress = t('db.progress', {
      loaded: formatNumber(downloadProgress.bytesLoaded / BYTES_PER_MB, 1),
      total: formatNumber(downloadProgress.bytesTotal / BYTES_PER_MB, 1),
    });
    stage = `${stage}, ${progress}`;
  }
  return <LoadingIndicator label={t('db.loading', { stage })} hint={t('db.loadingHint')} />;
}
