// The briefing list: the charts added from their export menus, in slide order, with a note per slide, an
// editable deck title and the .pptx download (pptxgenjs, loaded only on that click).
import type { ReactNode } from 'react';
import { useEffect, useEffectEvent, useState } from 'react';
import { getDeckTitle, listBriefingSlides, setDeckTitle } from '../../storage/briefing-store.ts';
import { buildExportFileName } from '../../export/file-name.ts';
import { ExportFailureLine } from '../../components/error-failure-line.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { BriefingSlideItem } from './briefing-slide-item.tsx';
import './briefing-view.css';
import type { BriefingSummary } from './use-briefing-paragraphs.ts';
import { useBriefingSlides } from './use-briefing-slides.ts';

interface BriefingViewProps {
  /** The shell's name for the province (its code until the province list has loaded). */
  provinceName: string;
  /** The province's name and the Overview's summary (a summary slide after the title), and whether they have arrived. */
  summary?: BriefingSummary | undefined;
}

export function BriefingView({ provinceName: shellName, summary }: BriefingViewProps): ReactNode {
  const i18n = useI18n();
  const { t } = i18n;
  const { slides, error, inMemory } = useBriefingSlides();
  const provinceName = summary?.provinceName ?? shellName;
  const paragraphs = summary?.paragraphs;
  const settled = summary?.ready ?? true;
  const defaultTitle = t('export.briefing.defaultTitle', { province: provinceName });
  const [title, setTitle] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [building, setBuilding] = useState(false);
  /** What the last download threw, or null. */
  const [failure, setFailure] = useState<unknown>(null);
  /** A download asked for before the name and summary arrived: built as soon as they have. */
  const [waiting, setWaiting] = useState(false);

  useEffect(() => {
    let live = true;
    void getDeckTitle().then((stored) => {
      if (live) setTitle((current) => current ?? stored ?? '');
    });
    return () => {
      live = false;
    };
  }, []);

  const deckTitle = title === null || title.trim() === '' ? defaultTitle : title;

  const download = async () => {
    setBuilding(true);
    setFailure(null);
    setStatus(t('export.briefing.building'));
    try {
      const [{ buildDeck }, { downloadBlob }, { formatExportDate }] = await Promise.all([
        import('../../export/deck-builder.ts'),
        import('../../export/render-figure.ts'),
        import('../../export/export-actions.ts'),
      ]);
      const now = new Date();
      // Notes are read back from the store: the textareas save on every keystroke.
      const current = await listBriefingSlides();
      const deck = await buildDeck(
        {
          title: deckTitle,
          subtitleLines: [
            t('export.deck.province', { province: provinceName }),
            t('export.deck.date', { date: formatExportDate(i18n, now) }),
          ],
          ...(paragraphs === undefined ? {} : { summary: paragraphs }),
          summaryTitle: t('export.deck.summaryTitle'),
          slides: current.map(({ title: slideTitle, imageDataUrl, source, note }) => ({
            title: slideTitle,
            imageDataUrl,
            source,
            note,
          })),
          lang: i18n.lang,
        },
        'blob',
      );
      const fileName = buildExportFileName(
        {
          province: provinceName,
          indicator: deckTitle === defaultTitle ? '' : deckTitle,
          years: '',
          date: now,
        },
        'pptx',
      );
      downloadBlob(deck as Blob, fileName);
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

  return (
    <section className="briefing" data-testid="briefing-view">
      <p className="briefing-intro">{t('export.briefing.intro')}</p>
      <label className="briefing-title-label" htmlFor="briefing-deck-title">
        {t('export.briefing.deckTitle')}
      </label>
      <input
        id="briefing-deck-title"
        className="briefing-title-input"
        type="text"
        value={title ?? ''}
        placeholder={defaultTitle}
        data-testid="briefing-title"
        onChange={(event) => {
          setTitle(event.target.value);
          void setDeckTitle(event.target.value);
        }}
      />
      {inMemory ? (
        <p className="briefing-notice" role="note" data-testid="briefing-in-memory">
          {t('export.briefing.inMemory')}
        </p>
      ) : null}
      {error !== null ? <ExportFailureLine error={error} testId="briefing-list-failure" /> : null}
      {slides !== null && slides.length === 0 ? (
        <p className="briefing-empty">{t('export.briefing.empty')}</p>
      ) : null}
      {slides !== null && slides.length > 0 ? (
        <ol className="briefing-list">
          {slides.map((slide, index) => (
            <BriefingSlideItem
              key={slide.id}
              slide={slide}
              number={index + 1}
              isFirst={index === 0}
              isLast={index === slides.length - 1}
            />
          ))}
        </ol>
      ) : null}
      <div className="briefing-actions">
        <button
          type="button"
          className="button"
          disabled={building || waiting || slides === null || slides.length === 0}
          data-testid="briefing-download"
          onClick={requestDownload}
        >
          {t('export.briefing.download')}
        </button>
        <p role="status" className="briefing-status" data-testid="briefing-status">
          {status}
        </p>
        {failure === null ? null : <ExportFailureLine error={failure} testId="briefing-failure" />}
      </div>
    </section>
  );
}
