import type { ReactNode } from 'react';
import { memo, useMemo } from 'react';
import { createCompareProfileSpec } from '../../../charts/province-compare/compare-profile-spec.ts';
import { createCompareTotalsSpec } from '../../../charts/province-compare/compare-totals-spec.ts';
import { ErrorPanel } from '../../../components/error-panel.tsx';
import { LoadingIndicator } from '../../../components/loading-indicator.tsx';
import type { MapProvince } from '../../../domain/province-lineage.ts';
import type { Indicator } from '../../../domain/types.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { compareProfilesSql, useCompareProfiles } from '../../../queries/nation-compare-profiles.ts';
import { compareTotalsSql, useCompareTotals } from '../../../queries/nation-compare-totals.ts';
import { combineQueryStates } from '../../shared/combine-query-states.ts';
import { indicatorName } from '../../shared/indicator-names.ts';
import { SpecFigure } from '../../shared/spec-figure.tsx';
import { compareEntriesOf } from './compare-entries-of.ts';
import { CompareDifferencesTable } from './compare-differences-table.tsx';
import { ComparePicker } from './compare-picker.tsx';

interface CompareSectionProps {
  year: number;
  chosen: readonly string[];
  onChange: (codes: readonly string[]) => void;
  provinces: readonly MapProvince[];
  indicators: readonly Indicator[];
}

/**
 * Provinces side by side: the picker, their dimension profiles, their totals over the years, the differences.
 * Memoised: a switch of indicator does not concern it (keep `chosen` and `onChange` stable).
 */
export const CompareSection = memo(function CompareSection({
  year,
  chosen,
  onChange,
  provinces,
  indicators,
}: CompareSectionProps): ReactNode {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const ready = chosen.length >= 2;
  const profiles = useCompareProfiles(ready ? chosen : [], year);
  const totals = useCompareTotals(ready ? chosen : []);
  const { error, retry } = combineQueryStates(profiles, totals);
  const figures = useMemo(() => {
    if (profiles.data === undefined || totals.data === undefined) return null;
    const profileEntries = compareEntriesOf(profiles.data, provinces, i18n);
    const dimensions = indicators
      .filter((i) => i.level === 'dimension' && profiles.data.some((row) => row.indicator === i.code))
      .map((i) => ({ code: i.code, name: indicatorName(i, lang) }));
    const profileSpec = createCompareProfileSpec(
      profiles.data.filter((row) => row.level === 'dimension'),
      { year, entries: profileEntries, dimensions },
    );
    const totalsSpec = createCompareTotalsSpec(totals.data, {
      entries: compareEntriesOf(totals.data, provinces, i18n),
    });
    return {
      profileEntries,
      profileSpec: { ...profileSpec, query: compareProfilesSql(chosen, year) },
      totalsSpec: { ...totalsSpec, query: compareTotalsSql(chosen) },
    };
  }, [profiles.data, totals.data, provinces, indicators, i18n, lang, year, chosen]);

  return (
    <section
      className="panel compare-section"
      aria-labelledby="compare-heading"
      data-testid="compare-section"
    >
      <h2 id="compare-heading">{t('nation.compare.heading')}</h2>
      <p className="muted-text">{t('nation.compare.intro')}</p>
      <ComparePicker provinces={provinces} chosen={chosen} onChange={onChange} />
      {!ready ? (
        <p className="muted-text">{t('nation.compare.needTwo')}</p>
      ) : error !== null ? (
        <ErrorPanel error={error} onRetry={retry} />
      ) : figures === null ? (
        <LoadingIndicator label={t('status.loading')} />
      ) : figures.profileEntries.length === 0 ? (
        <p className="muted-text">{t('nation.compare.noScores', { year })}</p>
      ) : (
        <>
          <SpecFigure spec={figures.profileSpec} source={t('chart.source')} />
          <CompareDifferencesTable
            rows={profiles.data ?? []}
            entries={figures.profileEntries}
            indicators={indicators}
            year={year}
          />
          <SpecFigure spec={figures.totalsSpec} source={t('chart.source')} />
        </>
      )}
    </section>
  );
});
