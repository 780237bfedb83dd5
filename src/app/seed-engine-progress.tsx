// While the page shows the first-screen seed (real figures computed at build time), the engine is still
// downloading: say so, with the same progress bar the database gate shows when there is no seed.

import type { ReactNode } from 'react';
import { LoadingIndicator } from '../components/loading-indicator.tsx';
import type { DatabaseState } from '../session/database-store.ts';
import { bytesToMegabytes, downloadPercent } from '../db/download-progress.ts';
import { createI18n } from '../i18n/create-i18n.ts';
import { isLanguage } from '../i18n/languages.ts';
import './seed-engine-progress.css';

/** The engine's loading stage and download bar, docked at the bottom while the seed is shown. */
export function SeedEngineProgress({ state }: { state: DatabaseState }): ReactNode {
  const lang = document.documentElement.lang;
  const i18n = createI18n(isLanguage(lang) ? lang : 'vi');
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
    <div className="seed-engine-progress">
      <LoadingIndicator
        label={i18n.t('db.loading', { stage: i18n.t(`db.stage.${status}`) })}
        hint={hint}
        {...(progress === undefined ? {} : { progress })}
      />
    </div>
  );
}
