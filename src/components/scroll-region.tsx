import type { ReactNode } from 'react';
import { useId, useRef } from 'react';
import { useHorizontalOverflow } from './use-horizontal-overflow.ts';
import { usePinnedToEnd } from './use-pinned-to-end.ts';
import './data-table.css';
import './scroll-region.css';

interface ScrollRegionProps {
  /** The region's accessible name (what a screen reader announces when Tab lands on it). */
  label: string;
  /** Shown above the box while it is wider than the screen: says that, and how, it scrolls. */
  hint: string;
  /** Start scrolled to the end: for columns in time order, so the latest is what shows first. */
  startAtEnd?: boolean;
  testId?: string;
  children: ReactNode;
}

/**
 * A table's horizontal scroll box: a named group that Tab reaches (arrow keys then scroll it, axe's
 * scrollable-region-focusable), a hint while it overflows, and a fade on each edge that hides columns. A group,
 * not a region landmark: it sits in a figure already named by the same heading (axe's landmark-unique).
 */
export function ScrollRegion({
  label,
  hint,
  startAtEnd = false,
  testId,
  children,
}: ScrollRegionProps): ReactNode {
  const ref = useRef<HTMLDivElement>(null);
  const hintId = useId();
  const overflow = useHorizontalOverflow(ref);
  usePinnedToEnd(ref, startAtEnd);
  return (
    <div className="scroll-region">
      {overflow.overflows ? (
        <p className="scroll-region-hint" id={hintId} data-testid="scroll-region-hint">
          {hint}
        </p>
      ) : null}
      <div
        className={[
          'scroll-region-frame',
          overflow.scrolledFromStart ? 'has-more-left' : '',
          overflow.moreToTheEnd ? 'has-more-right' : '',
        ].join(' ')}
      >
        {/* The box is the focus stop, not the table: the browser scrolls a focused box with the arrow keys. */}
        <div
          ref={ref}
          className="table-scroll scroll-region-box"
          role="group"
          aria-label={label}
          aria-describedby={overflow.overflows ? hintId : undefined}
          tabIndex={0}
          data-testid={testId}
        >
          {children}
        </div>
      </div>
    </div>
  );
}
