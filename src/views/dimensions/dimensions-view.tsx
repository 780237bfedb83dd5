import type { ReactNode } from 'react';
import { useMemo } from 'react';
import { ErrorPanel } from '../../components/error-panel.tsx';
import { LoadingIndicator } from '../../components/loading-indicator.tsx';
import type { MapProvince } from '../../domain/province-lineage.ts';
import type { Indicator } from '../../domain/types.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { useIndicatorChildren } from '../../queries/indicator-children.ts';
import { useIndicatorPanel } from '../../queries/indicator-panel.ts';
import { useIndicatorYears } from '../../queries/indicator-years.ts';
import { useIndicators } from '../../queries/indicators.ts';
import { usePrefetchIndicatorViews } from '../../queries/prefetch-indicator-views.ts';
import { useProvinceScores } from '../../queries/province-scores.ts';
import { useProvinces } from '../../queries/provinces.ts';
import { combineQueryStates } from '../shared/combine-query-states.ts';
import type { ViewProps } from '../view-props.ts';
import { DimensionHeatmapSection } from './dimension-heatmap-section.tsx';
import { DimensionsControls } from './dimensions-controls.tsx';
import { IndicatorTasksSection } from './indicator-tasks.tsx';
import { IndicatorTrendFigure } from './indicator-trend-figure.tsx';
import { PredecessorRankTable } from './predecessor-rank-table.tsx';
import { buildRankRows } from './rank-rows.ts';
import { RankTable } from './rank-table.tsx';
import { SubdimensionPartsFigure } from './subdimension-parts-figure.tsx';
import { SurveyIndicatorsSection } from './survey-indicators-section.tsx';
import { useAxisYears } from './use-axis-years.ts';
import { describeIndicatorChoice, useDimensionSelection } from './use-dimension-selection.ts';
import { useValueAfterPaint } from '../shared/use-value-after-paint.ts';
import { useNewUnitPredecessors } from './use-new-unit-predecessors.ts';
import './dimensions-view.css';

/** Dimensions ("Chỉ số nội dung"): one indicator over the years against peers and the country. */
export function DimensionsView(props: ViewProps): ReactNode {
  const { t } = useI18n();
  const indicators = useIndicators();
  const provinces = useProvinces();
  const { error, retry } = combineQueryStates(indicators, provinces);
  if (error !== null) return <ErrorPanel error={error} onRetry={retry} />;
  if (indicators.data === undefined || provinces.data === undefined) {
    return <LoadingIndicator label={t('status.loading')} />;
  }
  return <DimensionsContent {...props} indicators={indicators.data} provinces={provinces.data} />;
}

interface ContentProps extends ViewProps {
  indicators: readonly Indicator[];
  provinces: readonly MapProvince[];
}

/** The view's figures for the chosen indicator; each draws as soon as its own data is there. */
function DimensionsContent({ indicators, provinces, ...props }: ContentProps): ReactNode {
  const { t, lang } = useI18n();
  const { provinceCode, provinceName } = props;
  const selection = useDimensionSelection(indicators, provinces, props);
  const { params, update, label } = selection;
  // The trend is what a switch asks for: it draws at once; the panels under it (parts, rank table, survey
  // indicators, tasks) follow the indicator after the frame that shows the new trend.
  const belowCode = useValueAfterPaint(params.indicator);
  const below = useMemo(
    () => describeIndicatorChoice(indicators, belowCode, lang),
    [indicators, belowCode, lang],
  );
  // One panel of every province's scores of the indicator: the trend and the rank table both read it.
  const panel = useIndicatorPanel(params.indicator);
  const belowPanel = useIndicatorPanel(belowCode);
  const years = useIndicatorYears(params.indicator);
  const parts = useIndicatorChildren(provinceCode, below.partsParent);
  const dimensionScores = useProvinceScores(provinceCode, 'dimension');
  // Once this indicator is drawn, every other one is fetched in three queries and every sub-dimension's survey
  // list for the year in one more, so a switch draws from memory.
  const switchable = useMemo(
    () => ({
      codes: indicators.map((i) => i.code),
      parents: [...new Set(indicators.flatMap((i) => (i.parent === null ? [] : [i.parent])))],
      subdimensions: indicators.filter((i) => i.level === 'subdimension').map((i) => i.code),
    }),
    [indicators],
  );
  const prefetched = usePrefetchIndicatorViews(
    provinceCode,
    props.year,
    switchable,
    panel.data !== undefined,
  );
  const axisYears = useAxisYears(years.data);
  const rankRows = useMemo(
    () => (belowPanel.data === undefined ? null : buildRankRows(axisYears, belowPanel.data, provinceCode)),
    [belowPanel.data, axisYears, provinceCode],
  );
  const newUnit = useNewUnitPredecessors({
    provinces,
    provinceCode,
    provinceName,
    partsParent: below.partsParent,
    ownScores: dimensionScores.data,
    panel: belowPanel.data,
    axisYears,
  });
  const { error, retry } = combineQueryStates(
    panel,
    belowPanel,
    years,
    parts,
    dimensionScores,
    newUnit.parts,
    newUnit.heatmaps,
  );
  const place = { provinceCode, provinceName };

  return (
    <div className="dimensions-view" data-testid="dimensions-view" data-prefetched={prefetched}>
      <DimensionsControls
        indicators={indicators}
        params={params}
        update={update}
        peerCandidates={selection.peerCandidates}
        peerCodes={selection.peerCodes}
        provinceCode={provinceCode}
      />
      {error !== null ? <ErrorPanel error={error} onRetry={retry} /> : null}
      {newUnit.note === null ? null : (
        <p className="dimensions-new-unit-note" data-testid="dimensions-new-unit-note">
          {newUnit.note}
        </p>
      )}
      <IndicatorTrendFigure
        panel={panel.data}
        years={years.data}
        indicator={params.indicator}
        indicatorLabel={label}
        band={params.band}
        provinces={provinces}
        peerCodes={selection.peerCodes}
        {...place}
      />
      <div className="dimensions-grid">
        <SubdimensionPartsFigure
          points={newUnit.parts.data === undefined ? undefined : parts.data}
          predecessors={newUnit.parts.data ?? []}
          indicators={indicators}
          parent={below.parentIndicator}
          axisYears={axisYears}
          {...place}
        />
        {newUnit.rankTables !== null ? (
          <PredecessorRankTable
            predecessors={newUnit.rankTables}
            heading={t('dimensions.rank.predecessorsHeading', {
              province: provinceName,
              indicator: below.label,
            })}
          />
        ) : rankRows === null ? null : (
          <RankTable
            rows={rankRows}
            heading={t('dimensions.rank.heading', { province: provinceName, indicator: below.label })}
          />
        )}
      </div>
      <SurveyIndicatorsSection indicator={below.indicator} label={below.label} year={props.year} {...place} />
      <DimensionHeatmapSection
        cells={newUnit.heatmaps.data === undefined ? undefined : dimensionScores.data}
        predecessors={newUnit.heatmaps.data ?? []}
        indicators={indicators}
        axisYears={axisYears}
        colour={params.colour}
        onColour={(colour) => update({ colour }, 'replace')}
        {...place}
      />
      <IndicatorTasksSection indicator={below.indicator} label={below.label} provinceCode={provinceCode} />
    </div>
  );
}
