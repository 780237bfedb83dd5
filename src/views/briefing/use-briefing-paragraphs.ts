// The Overview's briefing summary ("Tóm tắt") for the chosen province and year, as the deck's summary slide.
import { useMemo } from 'react';
import { briefingParagraphs } from '../../domain/briefing/render-briefing.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { useBriefingFacts } from '../../queries/briefing-summary.ts';

/** The summary's paragraphs, or undefined while loading or without a scored year. */
export function useBriefingParagraphs(provinceCode: string, year: number | null): string[] | undefined {
  const i18n = useI18n();
  const facts = useBriefingFacts(provinceCode, year ?? 0, year !== null);
  return useMemo(
    () => (facts.data === undefined || year === null ? undefined : briefingParagraphs(facts.data, i18n)),
    [facts.data, year, i18n],
  );
}
