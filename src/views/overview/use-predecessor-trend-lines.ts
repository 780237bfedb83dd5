// A new province's predecessors as trend lines ("Đắk Nông (cũ)" with its official totals), for the total's
// trend of the Overview; empty for an old unit.
import { useMemo } from 'react';
import type { PredecessorTotals } from '../../charts/total-trend/trend-predecessors.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { usePredecessorTotals } from '../../queries/predecessor-totals.ts';
import { useProvinces } from '../../queries/provinces.ts';
import { predecessorLines } from '../shared/lineage-text.ts';

/**
 * The predecessors' lines (undefined while loading), the sentence that says how they are drawn, and the
 * queries behind them (for the caller's loading and error state).
 */
export function usePredecessorTrendLines(provinceCode: string, provinceName: string) {
  const i18n = useI18n();
  const provinces = useProvinces();
  const totals = usePredecessorTotals(provinceCode);
  const predecessors = useMemo((): PredecessorTotals[] | undefined => {
    if (provinces.data === undefined || totals.data === undefined) return undefined;
    return predecessorLines(provinces.data, provinceCode, i18n).map((line) => ({
      ...line,
      totals: (totals.data ?? []).filter((row) => row.provinceCode === line.code),
    }));
  }, [provinces.data, totals.data, provinceCode, i18n]);
  const predecessorNote = i18n.t('merger.trend.predecessorNote', { province: provinceName });
  return { predecessors, predecessorNote, rows: totals.data, queries: [provinces, totals] as const };
}
