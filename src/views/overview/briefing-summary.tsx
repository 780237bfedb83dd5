import type { ReactNode } from 'react';
import { useId, useMemo, useState } from 'react';
import type { BriefingFacts } from '../../domain/briefing/briefing-facts.ts';
import {
  paragraphText,
  renderBriefing,
  type BriefingParagraph,
} from '../../domain/briefing/render-briefing.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { useRovingFocus } from '../../components/use-roving-focus.ts';
import { copyText } from './copy-text.ts';
import './leadership.css';

/**
 * A figure of the summary: focusable (one Tab stop for all of them, see BriefingSummary), its source shown on
 * hover and on focus (and read as its description).
 */
function TracedFigure({
  text,
  source,
  tabIndex,
  onFocus,
}: {
  text: string;
  source: string;
  tabIndex: 0 | -1;
  onFocus: () => void;
}): ReactNode {
  const { t } = useI18n();
  const tipId = useId();
  return (
    <span
      className="trace"
      tabIndex={tabIndex}
      onFocus={onFocus}
      aria-describedby={tipId}
      data-testid="trace"
    >
      {text}
      <span id={tipId} role="tooltip" className="trace-tip" data-testid="trace-tip">
        {t('leadership.summary.sourceOf')} {source}
      </span>
    </span>
  );
}

/** Each figure's place among all the summary's figures, in reading order (paragraph, then segment). */
function numberFigures(paragraphs: readonly BriefingParagraph[]): {
  count: number;
  indexOf(paragraph: number, segment: number): number;
} {
  const starts: number[] = [];
  let count = 0;
  for (const paragraph of paragraphs) {
    starts.push(count);
    count += paragraph.segments.filter((segment) => segment.source !== undefined).length;
  }
  return {
    count,
    indexOf: (paragraph, segment) =>
      (starts[paragraph] ?? 0) +
      (paragraphs[paragraph]?.segments.slice(0, segment).filter((s) => s.source !== undefined).length ?? 0),
  };
}

/** "Tóm tắt": the briefing summary written from the data, each figure traceable, with a copy button. */
export function BriefingSummary({ facts }: { facts: BriefingFacts }): ReactNode {
  const i18n = useI18n();
  const { t } = i18n;
  const paragraphs = useMemo(() => renderBriefing(facts, i18n), [facts, i18n]);
  const hintId = useId();
  // A summary holds some twenty figures: one Tab stop for all, the arrow keys between them.
  const figureOrder = useMemo(() => numberFigures(paragraphs), [paragraphs]);
  const roving = useRovingFocus(figureOrder.count, '[data-testid="trace"]');
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = (): void => {
    void copyText(paragraphs.map(paragraphText).join('\n')).then((ok) => setStatus(ok ? 'copied' : 'failed'));
  };
  return (
    <section className="glance-card summary-panel" aria-labelledby="summary-heading" data-testid="summary">
      <div className="summary-header">
        <h2 id="summary-heading" className="glance-heading">
          {t('leadership.summary.heading')}
        </h2>
        <button type="button" className="button" onClick={copy} data-testid="summary-copy">
          {t('leadership.summary.copy')}
        </button>
      </div>
      {/* A touch screen has no pointer to hover with: it is told to tap (leadership.css swaps the two). */}
      <p id={hintId} className="glance-note summary-hint-pointer">
        {t('leadership.summary.hint')}
      </p>
      <p className="glance-note summary-hint-touch">{t('leadership.summary.hintTouch')}</p>
      <div
        className="summary-text"
        role="group"
        aria-labelledby="summary-heading"
        aria-describedby={hintId}
        onKeyDown={roving.onKeyDown}
        data-testid="summary-text"
      >
        {paragraphs.map((paragraph, paragraphIndex) => (
          <p key={paragraph.id} data-sentence={paragraph.id}>
            {paragraph.segments.map((segment, index) =>
              segment.source === undefined ? (
                <span key={index}>{segment.text}</span>
              ) : (
                <TracedFigure
                  key={index}
                  text={segment.text}
                  source={segment.source}
                  tabIndex={roving.tabIndexOf(figureOrder.indexOf(paragraphIndex, index))}
                  onFocus={roving.onItemFocus(figureOrder.indexOf(paragraphIndex, index))}
                />
              ),
            )}
          </p>
        ))}
      </div>
      <p className="summary-status" role="status" data-testid="summary-status">
        {status === 'copied'
          ? t('leadership.summary.copied')
          : status === 'failed'
            ? t('leadership.summary.copyFailed')
            : ''}
      </p>
    </section>
  );
}
