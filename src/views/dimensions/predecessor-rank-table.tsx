import type { ReactNode } from 'react';
import { Fragment } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { RankRow } from './rank-rows.ts';
import { RankCells, RankTableFrame } from './rank-table-frame.tsx';

interface PredecessorRankTableProps {
  /** Each predecessor's rows (newest year first, the same years for all), with its label. */
  predecessors: readonly { code: string; name: string; rows: readonly RankRow[] }[];
  heading: string;
}

/**
 * A new unit's rank table: each old unit that formed it side by side (score, rank, group within the 63-unit map
 * of its year), never added or averaged; "–" where that unit was not scored.
 */
export function PredecessorRankTable({ predecessors, heading }: PredecessorRankTableProps): ReactNode {
  const { t } = useI18n();
  const years = predecessors[0]?.rows.map((row) => row.year) ?? [];
  return (
    <RankTableFrame heading={heading}>
      <table className="dimensions-rank-table dimensions-rank-table-predecessors" data-testid="rank-table">
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              {t('dimensions.rank.year')}
            </th>
            {predecessors.map((p) => (
              <th key={p.code} scope="colgroup" colSpan={3}>
                {p.name}
              </th>
            ))}
          </tr>
          <tr>
            {predecessors.map((p) => (
              <Fragment key={p.code}>
                <th scope="col">{t('dimensions.rank.score')}</th>
                <th scope="col">{t('dimensions.rank.rank')}</th>
                <th scope="col" className="rank-group">
                  {t('dimensions.rank.group')}
                </th>
              </Fragment>
            ))}
          </tr>
        </thead>
        <tbody>
          {years.map((year, index) => (
            <tr key={year}>
              <th scope="row">{year}</th>
              {predecessors.map((p) => (
                <RankCells key={p.code} row={p.rows[index]} testCode={p.code} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </RankTableFrame>
  );
}
