import type { ReactNode } from 'react';
import { EngineStoppedPanel } from '../components/engine-stopped-panel.tsx';
import { ErrorPanel } from '../components/error-panel.tsx';
import { LoadingIndicator, type ProgressBarProps } from '../components/loading-indicator.tsx';
import { bytesToMegabytes, downloadPercent, type DownloadProgress } from '../db/download-progress.ts';
import type { I18n } from '../i18n/create-i18n.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { useDatabase } from '../session/database-context.tsx';
import { restartDatabase } from '../session/database-start.ts';

/** The bar's numbers and words while the engine downloads, or undefined while its size is unknown. */
function progressBar(progress: DownloadProgress | null, i18n: I18n): ProgressBarProps | undefined {
  const percent = downloadPercent(progress);
  if (progress === null || percent === null) return undefined;
  const valueText = i18n.t('db.progressText', {
    loaded: i18n.formatNumber(bytesToMegabytes(progress.bytesLoaded), 1),
    total: i18n.formatNumber(bytesToMegabytes(progress.bytesTotal), 1),
    percent: i18n.formatPercent(percent / 100),
  });
  return { percent, label: i18n.t('db.progressLabel'), valueText };
}

/**
 * Shows the start-up stage (or its error) in place of `children` until the database is ready, and the
 * engine's stop (with its restart button) in place of every view when it dies later.
 */
export function DatabaseGate({ children }: { children: ReactNode }): ReactNode {
  const { status, error, downloadProgress } = useDatabase();
  const i18n = useI18n();
  if (status === 'ready') return children;
  if (status === 'error') return <ErrorPanel error={error} onRetry={() => window.location.reload()} />;
  if (status === 'stopped')
    return (
      <EngineStoppedPanel error={error} onRestart={() => void restartDatabase().catch(() => undefined)} />
    );
  const progress = status === 'downloading' ? progressBar(downloadProgress, i18n) : undefined;
  // A restart downloads nothing: the hint about the first visit's download would mislead.
  const hint =
    status === 'restarting'
      ? undefined
      : downloadProgress === null || !(downloadProgress.bytesTotal > 0)
        ? i18n.t('db.loadingHint')
        : i18n.t('db.loadingHintSize', {
            size: i18n.formatNumber(bytesToMegabytes(downloadProgress.bytesTotal), 0),
          });
  return (
    <LoadingIndicator
      label={i18n.t('db.loading', { stage: i18n.t(`db.stage.${status}`) })}
      keepsProgressPlace
      {...(hint === undefined ? {} : { hint })}
      {...(progress === undefined ? {} : { progress })}
    />
  );
}
