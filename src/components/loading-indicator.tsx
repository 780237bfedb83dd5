import type { ReactNode } from 'react';
import './loading-indicator.css';

/** A determinate progress bar's numbers and words (aria-valuetext), e.g. "17,5 / 32,7 MB (53 %)". */
export interface ProgressBarProps {
  percent: number;
  label: string;
  valueText: string;
}

/**
 * A polite live region with a spinner; `label` says what is loading, `progress` adds a real bar.
 * `keepsProgressPlace`: while there is no bar (its size not known yet, a later stage), an empty one of its size
 * keeps its place, so a box in the page's flow keeps its height as the stages pass and moves nothing below it.
 */
export function LoadingIndicator({
  label,
  hint,
  progress,
  keepsProgressPlace = false,
}: {
  label: string;
  hint?: string;
  progress?: ProgressBarProps;
  keepsProgressPlace?: boolean;
}): ReactNode {
  return (
    <div className="loading" data-testid="loading">
      <div className="loading-status" role="status" aria-live="polite">
        <span className="loading-spinner" aria-hidden="true" />
        <span className="loading-label">{label}</span>
      </div>
      {progress === undefined ? (
        keepsProgressPlace ? (
          <div className="progress-bar is-place" aria-hidden="true" />
        ) : null
      ) : (
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
      {progress !== undefined ? (
        <span className="progress-text">{progress.valueText}</span>
      ) : keepsProgressPlace ? (
        <span className="progress-text is-place" aria-hidden="true">
          {'\u00a0'}
        </span>
      ) : null}
      {hint === undefined ? null : <span className="loading-hint">{hint}</span>}
    </div>
  );
}
