import type { ReactNode } from 'react';
import { useEffect, useId, useRef } from 'react';
import { useI18n } from '../i18n/i18n-context.tsx';

interface SampleBadgeProps {
  /** 'sample-badge' for the one a test looks for first (a figure's heading); another id elsewhere. */
  testId?: string;
}

/** Space kept between the badge and its explanation, and between the explanation and the window's edge. */
const GAP_PX = 6;

/** Puts the open explanation under the badge (above it if there is no room below), inside the window. */
function placeBelow(button: HTMLElement, popover: HTMLElement): void {
  const anchor = button.getBoundingClientRect();
  const { width, height } = popover.getBoundingClientRect();
  const left = Math.max(GAP_PX, Math.min(anchor.left, window.innerWidth - width - GAP_PX));
  const below = anchor.bottom + GAP_PX;
  const top = below + height <= window.innerHeight ? below : Math.max(GAP_PX, anchor.top - GAP_PX - height);
  popover.style.left = `${Math.round(left)}px`;
  popover.style.top = `${Math.round(top)}px`;
}

/**
 * Marks a figure built on the bundled illustrative progress file. A disclosure button: the explanation
 * opens on click, Enter or Space in the top layer (a popover, so no scroll box clips it), and closes on
 * Escape, on a click elsewhere or on the button again. Screen readers hear it as the button's description.
 */
export function SampleBadge({ testId = 'sample-badge' }: SampleBadgeProps): ReactNode {
  const { t } = useI18n();
  const popoverId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const popoverRef = useRef<HTMLSpanElement>(null);

  useEffect(() => {
    const button = buttonRef.current;
    const popover = popoverRef.current;
    if (button === null || popover === null) return undefined;
    const place = (): void => placeBelow(button, popover);
    // While open it follows the badge when the page or a table scrolls, or the window resizes.
    const onToggle = (event: Event): void => {
      const open = (event as ToggleEvent).newState === 'open';
      if (open) {
        place();
        window.addEventListener('scroll', place, { capture: true, passive: true });
        window.addEventListener('resize', place);
      } else {
        window.removeEventListener('scroll', place, { capture: true });
        window.removeEventListener('resize', place);
      }
    };
    popover.addEventListener('toggle', onToggle);
    return () => {
      popover.removeEventListener('toggle', onToggle);
      window.removeEventListener('scroll', place, { capture: true });
      window.removeEventListener('resize', place);
    };
  }, []);

  return (
    <span className="sample-badge-wrap">
      <button
        ref={buttonRef}
        type="button"
        className="sample-badge"
        data-testid={testId}
        popoverTarget={popoverId}
        aria-describedby={popoverId}
        // In a table's scroll box, scroll it fully into view (with room for the focus ring) when focused.
        onFocus={(event) => event.currentTarget.scrollIntoView({ block: 'nearest', inline: 'nearest' })}
      >
        {t('sample.badge')}
      </button>
      <span
        ref={popoverRef}
        id={popoverId}
        popover="auto"
        className="sample-badge-explanation"
        data-testid={`${testId}-explanation`}
      >
        {t('sample.explanation')}
      </span>
    </span>
  );
}
