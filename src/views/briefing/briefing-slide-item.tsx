import type { ReactNode } from 'react';
import { useState } from 'react';
import type { BriefingSlide } from '../../storage/briefing-store.ts';
import { moveBriefingSlide, removeBriefingSlide, setBriefingNote } from '../../storage/briefing-store.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

interface BriefingSlideItemProps {
  slide: BriefingSlide;
  number: number;
  isFirst: boolean;
  isLast: boolean;
}

/** One slide of the list: its picture, title and source, a speaker note, and up / down / remove. */
export function BriefingSlideItem({ slide, number, isFirst, isLast }: BriefingSlideItemProps): ReactNode {
  const { t } = useI18n();
  const [note, setNote] = useState(slide.note);
  const noteId = `briefing-note-${slide.id}`;
  return (
    <li className="briefing-slide" data-testid="briefing-slide">
      <img
        className="briefing-thumb"
        src={slide.imageDataUrl}
        alt={t('export.briefing.imageAlt', { number, title: slide.title })}
        width={192}
        height={108}
      />
      <div className="briefing-slide-body">
        <h2 className="briefing-slide-title">
          <span className="briefing-slide-number">{t('export.briefing.slide', { number })}</span>{' '}
          {slide.title}
        </h2>
        <p className="briefing-slide-source">{slide.source}</p>
        <label className="briefing-note-label" htmlFor={noteId}>
          {t('export.briefing.note', { number })}
        </label>
        <textarea
          id={noteId}
          className="briefing-note"
          rows={2}
          value={note}
          data-testid="briefing-note"
          onChange={(event) => {
            setNote(event.target.value);
            void setBriefingNote(slide.id, event.target.value);
          }}
        />
      </div>
      <div className="briefing-slide-actions">
        <button
          type="button"
          className="button"
          disabled={isFirst}
          aria-label={t('export.briefing.moveUpLabel', { number })}
          onClick={() => void moveBriefingSlide(slide.id, -1)}
        >
          {t('export.briefing.moveUp')}
        </button>
        <button
          type="button"
          className="button"
          disabled={isLast}
          aria-label={t('export.briefing.moveDownLabel', { number })}
          onClick={() => void moveBriefingSlide(slide.id, 1)}
        >
          {t('export.briefing.moveDown')}
        </button>
        <button
          type="button"
          className="button"
          aria-label={t('export.briefing.removeLabel', { number })}
          data-testid="briefing-remove"
          onClick={() => void removeBriefingSlide(slide.id)}
        >
          {t('export.briefing.remove')}
        </button>
      </div>
    </li>
  );
}
