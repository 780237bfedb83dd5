import type { ReactNode } from 'react';
import type { ViewProps } from '../view-props.ts';
import { BriefingView } from './briefing-view.tsx';
import { useBriefingParagraphs } from './use-briefing-paragraphs.ts';

/** The briefing list, with the Overview's summary of the chosen province and year as the deck's summary slide. */
export function BriefingWithSummary(props: ViewProps): ReactNode {
  const summary = useBriefingParagraphs(props.provinceCode, props.year);
  return <BriefingView provinceName={props.provinceName} summary={summary} />;
}
