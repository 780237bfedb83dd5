// The view's heading above its content: the view's name, the province and year it shows, and where focus goes
// after a change of view.
import type { ReactNode } from 'react';
import { useEffect, useRef } from 'react';
import type { ViewId } from '../state/url-state.ts';

interface ViewHeadingProps {
  view: ViewId;
  label: string;
  /** Null until the province list has loaded. */
  provinceName: string | null;
  year: number | null;
}

/** The h1 of the view, with the province and year once both are known. */
export function ViewHeading({ view, label, provinceName, year }: ViewHeadingProps): ReactNode {
  // After a change of view, focus goes to the new view's heading (not on the first load), so a keyboard or
  // screen-reader user starts reading the view instead of staying on the link they left.
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingView = useRef(view);
  useEffect(() => {
    if (headingView.current === view) return;
    headingView.current = view;
    headingRef.current?.focus();
  }, [view]);

  return (
    <div className="view-heading">
      <h1 ref={headingRef} tabIndex={-1}>
        {label}
      </h1>
      {provinceName !== null && year !== null ? (
        <p className="view-context">
          {provinceName} · {year}
        </p>
      ) : null}
    </div>
  );
}
