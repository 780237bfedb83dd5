import type { ReactNode } from 'react';
import { nextGroupUp, pointsToNextGroup } from '../../domain/papi-groups.ts';
import type { ProvinceYearSummary } from '../../domain/types.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { splitSource } from './split-source.ts';
import '../../components/figure.css';

const POINTS_PER_DIMENSION_MAX = 10;

function HeadlineCard({
  label,
  value,
  detail,
  testId,
}: {
  label: string;
  value: string;
  detail: ReactNode;
  testId: string;
}): ReactNode {
  return (
    <div className="card">
      <p className="card-label">{label}</p>
      <p className="card-value" data-testid={testId}>
        {value}
      </p>
      <div className="card-detail" data-testid={`${testId}-detail`}>
        {detail}
      </div>
    </div>
  );
}

/** The group's rule, and how far the next group up is (its threshold that year, the points still needed). */
function GroupDetail({ summary }: { summary: ProvinceYearSummary }): ReactNode {
  const { t, formatNumber } = useI18n();
  const next = nextGroupUp(summary.group);
  const threshold = summary.nextGroupThreshold;
  const points = pointsToNextGroup(summary.total, threshold);
  return (
    <>
      <p>{t('overview.groupRule', { count: summary.scoredCount, year: summary.year })}</p>
      <p>
        {next === null || threshold === null || points === null
          ? t('overview.groupTop')
          : t('overview.groupDistance', {
              group: t(`group.${next}`),
              threshold: formatNumber(threshold),
              points: formatNumber(points),
            })}
      </p>
    </>
  );
}

/** Total, change on the year before, group and rank for one province and year. */
export function HeadlineCards({ summary }: { summary: ProvinceYearSummary }): ReactNode {
  const { t, formatNumber, formatSignedNumber, formatRank } = useI18n();
  const previousYear = summary.year - 1;
  const change = summary.change;
  let changeDetail: string;
  if (summary.previousTotal == null) changeDetail = t('overview.noPrevious');
  else if (!summary.comparableWithPrevious)
    changeDetail = t('overview.notComparable', { year: previousYear });
  else
    changeDetail = t('overview.changeBase', {
      year: previousYear,
      value: formatNumber(summary.previousTotal),
    });
  const source = splitSource(summary.source, t);

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
          detail={<GroupDetail summary={summary} />}
          testId="overview-group"
        />
        <HeadlineCard
          label={t('overview.rank')}
          value={formatRank(summary.rank, summary.scoredCount)}
          detail={t('overview.rankDetail', { count: summary.scoredCount })}
          testId="overview-rank"
        />
      </div>
      {/* The publisher for readers; the repository and commit the rows came from for whoever checks them. */}
      <div className="figure-source headline-source">
        <p data-testid="overview-source">{t('overview.source', { source: source.publisher })}</p>
        {source.details.length === 0 ? null : (
          <details className="source-details" data-testid="overview-source-details">
            <summary>{t('overview.sourceDetails')}</summary>
            <ul>
              {source.details.map((entry) => (
                <li key={entry}>{entry}</li>
              ))}
            </ul>
          </details>
        )}
      </div>
    </>
  );
}
