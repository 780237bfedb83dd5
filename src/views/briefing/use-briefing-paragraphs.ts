// What the deck needs from the data besides its slides: the province's name and the Overview's briefing
// summary ("Tóm tắt") for the chosen province and year, and whether they have arrived: a deck built from a
// link right after opening would otherwise name the province by its code and lack the summary slide.
import { useMemo } from 'react';
import { briefingParagraphs } from '../../domain/briefing/render-briefing.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { useBriefingFacts } from '../../queries/briefing-summary.ts';
import { useProvinces } from '../../queries/provinces.ts';
import { useYearOptions } from '../../queries/scored-years.ts';

/** The deck's province name and summary, and whether both are settled. */
export interface BriefingSummary {
  /** False while the province's name, its scored years or the summary are still loading. */
  readonly ready: boolean;
  /** The province's name in the UI language, once known. */
  readonly provinceName: string | null;
  /** The summary's paragraphs; undefined without a scored year (or while loading). */
  readonly paragraphs: readonly string[] | undefined;
}

/** The province's name and the summary of `year` for the deck; a query that failed counts as settled (the deck goes without). */
export function useBriefingParagraphs(provinceCode: string, year: number | null): BriefingSummary {
  const i18n = useI18n();
  const provinces = useProvinces();
  const years = useYearOptions(provinceCode);
  const facts = useBriefingFacts(provinceCode, year ?? 0, year !== null);
  return useMemo(() => {
    const listed = provinces.data?.find((province) => province.code === provinceCode);
    const named =
      facts.data?.provinceName ?? (listed === undefined ? null : { vi: listed.nameVi, en: listed.nameEn });
    return {
      ready: !provinces.isPending && !years.isPending && (year === null || !facts.isPending),
      provinceName: named === null ? null : named[i18n.lang],
      paragraphs:
        facts.data === undefined || year === null ? undefined : briefingParagraphs(facts.data, i18n),
    };
  }, [
    provinces.data,
    provinces.isPending,
    years.isPending,
    facts.data,
    facts.isPending,
    provinceCode,
    year,
    i18n,
  ]);
}
