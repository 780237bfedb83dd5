import type { ReactNode } from 'react';
import { ScrollRegion } from '../../components/scroll-region.tsx';
import type { MapProvince } from '../../domain/province-lineage.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { PredecessorTotalRow } from '../../queries/predecessor-totals.ts';
import { provinceNameIn } from '../shared/lineage-text.ts';

interface PredecessorLatestTableProps {
  predecessors: readonly MapProvince[];
  /** The predecessors' totals by year; undefined while loading. */
  rows: readonly PredecessorTotalRow[] | undefined;
  provinceName: string;
}

/** Each predecessor's latest scored year, side by side (never added or averaged). */
export function PredecessorLatestTable({
  predecessors,
  rows,
  provinceName,
}: PredecessorLatestTableProps): ReactNode {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const caption = t('merger.table.caption', { province: provinceName });
  const nameOf = provinceNameIn(lang);
  const latest = (code: string): PredecessorTotalRow | undefined =>
    (rows ?? []).filter((row) => row.provinceCode === code).at(-1);
  return (
    // On a phone the table is wider than the screen: the app's scroll box, which Tab reaches and a hint explains.
    <ScrollRegion label={caption} hint={t('table.scrollHint')} testId="predecessor-latest-scroll">
      <table className="new-province-table" data-testid="predecessor-latest">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('merger.table.predecessor')}</th>
            <th scope="col">{t('merger.table.year')}</th>
            <th scope="col">{t('merger.table.total')}</th>
            <th scope="col">{t('merger.table.rank')}</th>
            <th scope="col">{t('merger.table.group')}</th>
          </tr>
        </thead>
        <tbody>
          {predecessors.map((p) => {
            const row = latest(p.code);
            return (
              <tr key={p.code}>
                <th scope="row">{t('merger.predecessor.label', { name: nameOf(p) })}</th>
                {row === undefined ? (
                  <td colSpan={4}>{rows === undefined ? t('status.loading') : t('merger.table.noScore')}</td>
                ) : (
                  <>
                    <td>{row.year}</td>
                    <td>{i18n.formatNumber(row.score)}</td>
                    <td>{i18n.formatRank(row.rank, row.scoredCount)}</td>
                    <td>{t(`group.${row.group}`)}</td>
                  </>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
