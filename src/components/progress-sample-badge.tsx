import type { ReactNode } from 'react';
import { SampleBadge } from './sample-badge.tsx';

interface ProgressSampleBadgeProps {
  /** Where the progress figures shown come from; null or undefined when none are shown (or while unknown). */
  provenance: { isSample: boolean } | null | undefined;
  /** As SampleBadge's: 'sample-badge' for the one a test looks for first, another id elsewhere. */
  testId?: string;
}

/** The sample badge on a figure built on sample progress; nothing for real reports or without progress. */
export function ProgressSampleBadge({ provenance, testId }: ProgressSampleBadgeProps): ReactNode {
  if (provenance?.isSample !== true) return null;
  return testId === undefined ? <SampleBadge /> : <SampleBadge testId={testId} />;
}
