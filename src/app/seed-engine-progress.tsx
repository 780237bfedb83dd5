// While the page shows the first-screen seed (real figures computed at build time), the engine is still
// downloading: say so, with the same progress bar the database gate shows when there is no seed. The shell
// places it under the header, in the page's flow, so it covers no content; it keeps one height through the
// stages, so it moves nothing below it (a layout shift); it speaks the page's language.

import type { ReactNode } from 'react';
import { LoadingIndicator } from '../components/loading-indicator.tsx';
import type { DatabaseState } from '../session/database-store.ts';
import { bytesToMegabytes, downloadPercent } from '../db/download-progress.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import './seed-engine-progress.css';

/** The engine's loading stage and download bar, docked under the header while the seed is shown. */
export function SeedEngineProgress({ state }: { state: DatabaseState }): ReactNode {
  const i18n = useI18n();
  const { status, downloadProgress } = state;
  const percent = status === 'downloading' ? downloadPercent(downloadProgress) : null;
  const progress =
    percent === null || downloadProgress === null
      ? undefined
      : {
          percent,
          label: i18n.t('db.progressLabel'),
          valueText: i18n.t('db.progressText', {
            loaded: i18n.formatNumber(bytesToMegabytes(downloadProgress.bytesLoaded), 1),
            total: i18n.formatNumber(bytesToMegabytes(downloadProgress.bytesTotal), 1),
            percent: i18n.formatPercent(percent / 100),
          }),
        };
  const hint =
    downloadProgress === null || !(downloadProgress.bytesTotal > 0)
      ? i18n.t('db.loadingHint')
      : i18n.t('db.loadingHintSize', {
          size: i18n.formatNumber(bytesToMegabytes(downloadProgress.bytesTotal), 0),
        });
  return (
    <div className="seed-engine-progress" data-testid="seed-engine-progress">
      <LoadingIndicator
        label={i18n.t('db.loading', { stage: i18n.t(`db.stage.${status}`) })}
        hint={hint}
        keepsProgressPlace
        {...(progress === undefined ? {} : { progress })}
      />
    </div>
  );
}
