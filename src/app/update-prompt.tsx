/// <reference types="vite-plugin-pwa/vanillajs" />
// Registers the service worker (vite-plugin-pwa / Workbox: it precaches the shell, the wasm and the
// bundled data, so a second visit needs no network and the app works offline) once the engine is
// ready, so its precaching reads the files the first visit just downloaded from the HTTP cache instead
// of downloading the 33 MB wasm a second time. When a new version is deployed, offers to reload.

import { useEffect, useState, type ReactNode } from 'react';
import { registerSW } from 'virtual:pwa-register';
import { selectEngineBundle } from '../db/duckdb-bundles.ts';
import { createI18n } from '../i18n/create-i18n.ts';
import { isLanguageLoaded } from '../i18n/dictionaries.ts';
import { DEFAULT_LANGUAGE, isLanguage } from '../i18n/languages.ts';
import { WORKER_ENTRY_CACHE_NAME } from './service-worker-cache.ts';
import { SERVICE_WORKER_REGISTERED_MARK } from './service-worker-registered-mark.ts';
import './update-prompt.css';

declare global {
  interface Window {
    /** Set by the benchmark and the offline test: register the service worker under automation too. */
    __papiServiceWorkerUnderTest?: boolean;
  }
}

/**
 * Browser tests share a machine and route requests: a service worker precaching 33 MB in each would slow
 * them and make routing unreliable, so automated browsers (navigator.webdriver) register none unless the
 * test asks for it.
 */
export function mayRegisterServiceWorker(): boolean {
  if (!('serviceWorker' in navigator)) return false;
  return !navigator.webdriver || window.__papiServiceWorkerUnderTest === true;
}

/** The page's current language (the app keeps it on <html lang>), if its text has loaded; else the default. */
const pageI18n = () => {
  const lang = document.documentElement.lang;
  return createI18n(isLanguage(lang) && isLanguageLoaded(lang) ? lang : DEFAULT_LANGUAGE);
};

/** Registers the service worker once `ready`; shows "Có phiên bản mới — Tải lại" when a new version waits. */
export function UpdatePrompt({ ready }: { ready: boolean }): ReactNode {
  const [update, setUpdate] = useState<(() => Promise<void>) | null>(null);

  useEffect(() => {
    if (!ready || !mayRegisterServiceWorker()) return;
    const updateServiceWorker = registerSW({
      immediate: true,
      onNeedRefresh: () => setUpdate(() => () => updateServiceWorker(true)),
      // From here on Workbox hears of every new version the browser finds (the browser tests wait for this).
      onRegisteredSW: () => performance.mark(SERVICE_WORKER_REGISTERED_MARK),
    });
    // The worker entry under its full URL, for offline starts (service-worker-cache.ts); from the HTTP cache.
    void caches
      .open(WORKER_ENTRY_CACHE_NAME)
      .then((cache) => cache.add(new URL(selectEngineBundle().mainWorker, document.baseURI)))
      .catch(() => undefined);
  }, [ready]);

  if (update === null) return null;
  const { t } = pageI18n();
  return (
    <div className="update-prompt" role="status" data-testid="update-prompt">
      <span>{t('performance.update.available')} — </span>
      <button type="button" className="update-prompt-reload" onClick={() => void update()}>
        {t('performance.update.reload')}
      </button>
      <button type="button" className="update-prompt-later" onClick={() => setUpdate(null)}>
        {t('performance.update.later')}
      </button>
    </div>
  );
}
