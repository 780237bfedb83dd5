// The briefing list: the charts added from their export menus, in slide order, with a note per slide, an
// editable deck title and the .pptx download (pptxgenjs, loaded only on that click).
import type { ReactNode } from 'react';
import { ExportFailureLine } from '../../components/error-failure-line.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { BriefingSlideItem } from './briefing-slide-item.tsx';
import './briefing-view.css';
import type { BriefingSummary } from './use-briefing-paragraphs.ts';
import { useBriefingSlides } from './use-briefing-slides.ts';
import { useDeckDownload } from './use-deck-download.ts';
import { useDeckTitle } from './use-deck-title.ts';

interface BriefingViewProps {
  /** The shell's name for the province (its code until the province list has loaded). */
  provinceName: string;
  /** The province's name and the Overview's summary (a summary slide after the title), and whether they have arrived. */
  summary?: BriefingSummary | undefined;
}

export function BriefingView({ provinceName: shellName, summary }: BriefingViewProps): ReactNode {
  const { t } = useI18n();
  const { slides, error, inMemory } = useBriefingSlides();
  const provinceName = summary?.provinceName ?? shellName;
  const defaultTitle = t('export.briefing.defaultTitle', { province: provinceName });
  const { title, changeTitle } = useDeckTitle();
  const deckTitle = title === null || title.trim() === '' ? defaultTitle : title;
  const { building, waiting, status, failure, requestDownload } = useDeckDownload(
    { title: deckTitle, defaultTitle, provinceName, paragraphs: summary?.paragraphs },
    summary?.ready ?? true,
  );

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
        onChange={(event) => changeTitle(event.target.value)}
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
