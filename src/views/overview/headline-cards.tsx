import type { ReactNode } from 'react';
import { EIGHT_DIMENSION_FIRST_YEAR } from '../../domain/papi.ts';
import type { ProvinceYearSummary } from '../../domain/types.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

const POINTS_PER_DIMENSION_MAX = 10;

function HeadlineCard({
  label,
  value,
  detail,
  testId,
}: {
  label: string;
  value: string;
  detail: string;
  testId: string;
}): ReactNode {
  return (
    <div className="card">
      <p className="card-label">{label}</p>
      <p className="card-value" data-testid={testId}>
        {value}
      </p>
      <p className="card-detail">{detail}</p>
    </div>
  );
}

/** Total, change on the year before, group and rank for one province and year. */
export function HeadlineCards({ summary }: { summary: ProvinceYearSummary }): ReactNode {
  const { t, formatNumber, formatSignedNumber, formatRank } = useI18n();
  const previousYear = summary.year - 1;
  // 2017 totals summed 6 dimensions, 2018 totals 8: a difference across the break means nothing.
  const crossesBreak = summary.year === EIGHT_DIMENSION_FIRST_YEAR;
  const change = summary.previousTotal == null || crossesBreak ? null : summary.total - summary.previousTotal;
  let changeDetail: string;
  if (crossesBreak) changeDetail = t('overview.notComparable', { year: previousYear });
  else if (summary.previousTotal == null) changeDetail = t('overview.noPrevious');
  else
    changeDetail = t('overview.changeBase', {
      year: previousYear,
      value: formatNumber(summary.previousTotal),
    });

  return (
    <>
      <div className="cards">
        <HeadlineCard
          label={t('overview.total')}
          value={formatNumber(summary.total)}
          detail={t('overview.totalScale', {
            min: summary.dimensionCount,
            max: summary.dimensionCount * POINTS_PER_DIMENSION_MAX,
            count: summary.dimensionCount,
          })}
          testId="overview-total"
        />
        <HeadlineCard
          label={t('overview.change')}
          value={formatSignedNumber(change)}
          detail={changeDetail}
          testId="overview-change"
        />
        <HeadlineCard
          label={t('overview.group')}
          value={t(`group.${summary.group}`)}
          detail={String(summary.year)}
          testId="overview-group"
        />
        <HeadlineCard
          label={t('overview.rank')}
          value={formatRank(summary.rank, summary.scoredCount)}
          detail={t('overview.rankDetail', { count: summary.scoredCount })}
          testId="overview-rank"
        />
      </div>
      {/* The figures' own source (from the score rows), so every number above is traceable. */}
      <p className="figure-source" data-testid="overview-source">
        {t('overview.source', { source: summary.source })}
      </p>
    </>
  );
}
