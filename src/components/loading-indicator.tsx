import type { ReactNode } from 'react';

/** A polite live region with a spinner; `label` says what is loading. */
export function LoadingIndicator({ label, hint }: { label: string; hint?: string }): ReactNode {
  return (
    <div className="loading" role="status" aria-live="polite" data-testid="loading">
      <span className="loading-spinner" aria-hidden="true" />
      <span className="loading-label">{label}</span>
      {hint === undefined ? null : <span className="loading-hint">{hint}</span>}
    </div>
  );
}
