// The Overview of a new province (from 1 July 2025) that has no PAPI score of its own yet: it says so, shows
// each predecessor's latest scored year side by side (never added or averaged) and the total's trend with each
// predecessor as its own labelled line. Any other province gets `fallback` (what the Overview shows meanwhile).
import type { ReactNode } from 'react';
import { useMemo } from 'react';
import { createTotalTrendSpec } from '../../charts/total-trend/total-trend-spec.ts';
import { Chart } from '../../components/chart.tsx';
import { ChartFigure } from '../../components/chart-figure.tsx';
import { ErrorPanel } from '../../components/error-panel.tsx';
import type { MapProvince } from '../../domain/province-lineage.ts';
import { predecessorsOf } from '../../domain/province-lineage.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { useProvinces } from '../../queries/provinces.ts';
import { useTotalTrend } from '../../queries/total-trend.ts';
import { combineQueryStates } from '../shared/combine-query-states.ts';
import { PredecessorLatestTable } from './predecessor-latest-table.tsx';
import { usePredecessorTrendLines } from './use-predecessor-trend-lines.ts';
import './new-province-overview.css';

interface NewProvinceOverviewProps {
  provinceCode: string;
  provinceName: string;
  /** Shown for any province that is not a new unit without scores (and while that is not known yet). */
  fallback: ReactNode;
}

/** Mount where the Overview has no year to show: `<NewProvinceOverview provinceCode=… provinceName=… fallback={…} />`. */
export function NewProvinceOverview({
  provinceCode,
  provinceName,
  fallback,
}: NewProvinceOverviewProps): ReactNode {
  const provinces = useProvinces();
  const unit = provinces.data?.find((p) => p.code === provinceCode);
  if (provinces.data === undefined || unit?.kind !== 'new') return fallback;
  return <NewProvinceContent provinces={provinces.data} unit={unit} provinceName={provinceName} />;
}

function NewProvinceContent({
  provinces,
  unit,
  provinceName,
}: {
  provinces: readonly MapProvince[];
  unit: MapProvince;
  provinceName: string;
}): ReactNode {
  const i18n = useI18n();
  const { t } = i18n;
  const trend = useTotalTrend(unit.code);
  const lines = usePredecessorTrendLines(unit.code, provinceName);
  const source = t('chart.source');
  const spec = useMemo(
    () =>
      trend.data === undefined || lines.predecessors === undefined
        ? null
        : createTotalTrendSpec(trend.data, {
            provinceName,
            source,
            predecessors: lines.predecessors,
            predecessorNote: lines.predecessorNote,
          }),
    [trend.data, lines.predecessors, lines.predecessorNote, provinceName, source],
  );
  const { error, retry } = combineQueryStates(trend, ...lines.queries);
  if (error !== null) return <ErrorPanel error={error} onRetry={retry} />;
  const predecessors = predecessorsOf(provinces, unit.code);
  const single = predecessors.length === 1;
  return (
    <div className="new-province" data-testid="new-province-overview">
      <section className="new-province-note" aria-labelledby="new-province-heading">
        <h2 id="new-province-heading">{t('merger.note.title', { province: provinceName })}</h2>
        <p>{t(single ? 'merger.note.unchanged' : 'merger.note.noScores', { province: provinceName })}</p>
        <PredecessorLatestTable predecessors={predecessors} rows={lines.rows} provinceName={provinceName} />
        <p className="new-province-lines">{t('merger.note.lines', { province: provinceName })}</p>
      </section>
      {spec === null ? null : (
        <ChartFigure
          id="new-province-trend-heading"
          heading={t('overview.trendHeading')}
          subtitle={spec.describe(spec.rows, spec.settings, i18n).subtitle}
          source={source}
        >
          <Chart spec={spec} />
        </ChartFigure>
      )}
    </div>
  );
}
