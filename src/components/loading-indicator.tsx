import type { ReactNode } from 'react';
import './loading-indicator.css';

/** A determinate progress bar's numbers and words (aria-valuetext), e.g. "17,5 / 32,7 MB (53 %)". */
export interface ProgressBarProps {
  percent: number;
  label: string;
  valueText: string;
}

/** A polite live region with a spinner; `label` says what is loading, `progress` adds a real bar. */
export function LoadingIndicator({
  label,
  hint,
  progress,
}: {
  label: string;
  hint?: string;
  progress?: ProgressBarProps;
}): ReactNode {
  return (
    <div className="loading" data-testid="loading">
      <div className="loading-status" role="status" aria-live="polite">
        <span className="loading-spinner" aria-hidden="true" />
        <span className="loading-label">{label}</span>
      </div>
      {progress === undefined ? null : (
        <div
          className="progress-bar"
          role="progressbar"
          aria-label={progress.label}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={progress.percent}
          aria-valuetext={progress.valueText}
          data-testid="download-progress"
        >
          <div className="progress-bar-fill" style={{ width: `${progress.percent}%` }} />
        </div>
      )}
      {progress === undefined ? null : <span className="progress-text">{progress.valueText}</span>}
      {hint === undefined ? null : <span className="loading-hint">{hint}</span>}
    </div>
  );
}
