import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { RankRow } from './rank-rows.ts';
import '../../components/figure.css';

interface RankTableProps {
  rows: readonly RankRow[];
  heading: string;
}

/** A compact table: year, score, rank among scored provinces and quartile group ("–" where unscored). */
export function RankTable({ rows, heading }: RankTableProps): ReactNode {
  const { t, formatNumber, formatRank } = useI18n();
  return (
    <section className="figure" aria-labelledby="dimensions-rank-heading">
      <h2 id="dimensions-rank-heading" className="figure-heading">
        {heading}
      </h2>
      <p className="figure-subtitle">{t('dimensions.rank.note')}</p>
      <div
        className="dimensions-rank-scroll"
        role="group"
        aria-labelledby="dimensions-rank-heading"
        tabIndex={0}
      >
        <table className="dimensions-rank-table" data-testid="rank-table">
          <thead>
            <tr>
              <th scope="col">{t('dimensions.rank.year')}</th>
              <th scope="col">{t('dimensions.rank.score')}</th>
              <th scope="col">{t('dimensions.rank.rank')}</th>
              <th scope="col">{t('dimensions.rank.group')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.year}>
                <th scope="row">{row.year}</th>
                <td>{row.score === null ? '–' : formatNumber(row.score)}</td>
                <td>{row.rank === null ? '–' : formatRank(row.rank, row.scoredCount)}</td>
                <td>{row.group === null ? '–' : t(`group.${row.group}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="figure-source">{t('chart.source')}</p>
    </section>
  );
}
