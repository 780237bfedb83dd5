// The briefing's download: building, the status line, the last failure, and a download asked for before the
// province's name and summary arrived (built as soon as they have).
import { useEffect, useEffectEvent, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { downloadBriefingDeck, type DeckRequest } from './download-briefing-deck.ts';

export interface DeckDownload {
  building: boolean;
  /** Asked for, waiting for the name and summary. */
  waiting: boolean;
  /** The status line's words ('' when there is nothing to say). */
  status: string;
  /** What the last download threw, or null. */
  failure: unknown;
  /** Downloads now, or as soon as `settled`. */
  requestDownload: () => void;
}

/** The download's state; `settled`: whether the name and summary of `request` have arrived. */
export function useDeckDownload(request: DeckRequest, settled: boolean): DeckDownload {
  const i18n = useI18n();
  const { t } = i18n;
  const [status, setStatus] = useState('');
  const [building, setBuilding] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [waiting, setWaiting] = useState(false);

  const download = async () => {
    setBuilding(true);
    setFailure(null);
    setStatus(t('export.briefing.building'));
    try {
      const fileName = await downloadBriefingDeck(i18n, request);
      setStatus(t('export.briefing.downloaded', { file: fileName }));
    } catch (thrown: unknown) {
      setStatus('');
      setFailure(thrown ?? new Error('unknown'));
    } finally {
      setBuilding(false);
    }
  };

  const downloadWhenSettled = useEffectEvent(() => {
    setWaiting(false);
    void download();
  });
  useEffect(() => {
    if (!waiting || !settled) return;
    // Started from a timer: the build's state changes then come from a callback, not the effect's body.
    const timer = setTimeout(downloadWhenSettled, 0);
    return () => clearTimeout(timer);
  }, [waiting, settled]);

  const requestDownload = (): void => {
    if (settled) {
      void download();
      return;
    }
    setWaiting(true);
    setStatus(t('export.briefing.waiting'));
  };

  return { building, waiting, status, failure, requestDownload };
}
