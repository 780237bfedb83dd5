import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { RankRow } from './rank-rows.ts';
import { RankCells, RankTableFrame } from './rank-table-frame.tsx';

interface RankTableProps {
  rows: readonly RankRow[];
  heading: string;
}

/** A compact table: year, score, rank among scored provinces and quartile group ("–" where unscored). */
export function RankTable({ rows, heading }: RankTableProps): ReactNode {
  const { t } = useI18n();
  return (
    <RankTableFrame heading={heading}>
      <table className="dimensions-rank-table" data-testid="rank-table">
        <thead>
          <tr>
            <th scope="col">{t('dimensions.rank.year')}</th>
            <th scope="col">{t('dimensions.rank.score')}</th>
            <th scope="col">{t('dimensions.rank.rank')}</th>
            <th scope="col" className="rank-group">
              {t('dimensions.rank.group')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.year}>
              <th scope="row">{row.year}</th>
              <RankCells row={row} />
            </tr>
          ))}
        </tbody>
      </table>
    </RankTableFrame>
  );
}
