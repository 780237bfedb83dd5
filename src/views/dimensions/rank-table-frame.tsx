import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { RankRow } from './rank-rows.ts';
import '../../components/figure.css';

interface RankTableFrameProps {
  heading: string;
  children: ReactNode;
}

/** The rank table's figure: heading, note, a named scroll box (a group, not a landmark) and the source. */
export function RankTableFrame({ heading, children }: RankTableFrameProps): ReactNode {
  const { t } = useI18n();
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
        {children}
      </div>
      <p className="figure-source">{t('chart.source')}</p>
    </section>
  );
}

/** One year's score, rank and group cells ("–" where the unit was not scored); `testCode` marks a predecessor's. */
export function RankCells({ row, testCode }: { row: RankRow | undefined; testCode?: string }): ReactNode {
  const { t, formatNumber, formatRank } = useI18n();
  return (
    <>
      <td data-predecessor={testCode}>{row?.score == null ? '–' : formatNumber(row.score)}</td>
      <td>{row?.rank == null ? '–' : formatRank(row.rank, row.scoredCount)}</td>
      <td className="rank-group">{row?.group == null ? '–' : t(`group.${row.group}`)}</td>
    </>
  );
}
