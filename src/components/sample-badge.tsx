import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context.tsx';

interface SampleBadgeProps {
  /** 'sample-badge' for the one a test looks for first (a figure's heading); another id elsewhere. */
  testId?: string;
}

/**
 * Marks a figure built on the bundled illustrative progress file. It explains itself on hover (title),
 * on keyboard focus (the explanation pops up) and to screen readers (the explanation is part of its text).
 */
export function SampleBadge({ testId = 'sample-badge' }: SampleBadgeProps): ReactNode {
  const { t } = useI18n();
  const explanation = t('sample.explanation');
  return (
    // Focusable so keyboard users can reach the explanation that mouse users get from the title.
    <span className="sample-badge" data-testid={testId} title={explanation} tabIndex={0}>
      {t('sample.badge')}
      <span className="sample-badge-explanation">
        <span className="visually-hidden">: </span>
        {explanation}
      </span>
    </span>
  );
}
