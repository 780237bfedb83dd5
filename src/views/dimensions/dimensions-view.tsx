import type { ReactNode } from 'react';
import { useMemo } from 'react';
import { createDimensionHeatmapSpec } from '../../charts/dimension-heatmap/dimension-heatmap-spec.ts';
import { createIndicatorTrendSpec } from '../../charts/indicator-trend/indicator-trend-spec.ts';
import { createMultiplesSpec } from '../../charts/subdimension-multiples/multiples-spec.ts';
import { ErrorPanel } from '../../components/error-panel.tsx';
import { LoadingIndicator } from '../../components/loading-indicator.tsx';
import type { Indicator } from '../../domain/types.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { indicatorChildrenSql, useIndicatorChildren } from '../../queries/indicator-children.ts';
import { indicatorPanelSql, useIndicatorPanel } from '../../queries/indicator-panel.ts';
import { useIndicatorYears } from '../../queries/indicator-years.ts';
import { useIndicators } from '../../queries/indicators.ts';
import { usePlanTasks } from '../../queries/plan-tasks.ts';
import { usePrefetchIndicatorViews } from '../../queries/prefetch-indicator-views.ts';
import { provinceScoresSql, useProvinceScores } from '../../queries/province-scores.ts';
import { useProvinces } from '../../queries/provinces.ts';
import type { ViewProps } from '../view-props.ts';
import { ChoiceGroup } from './choice-group.tsx';
import type { BandChoice, ColourChoice, DimensionParams } from './dimension-params.ts';
import { parseDimensionParams, serializeDimensionParams } from './dimension-params.ts';
import { buildIndicatorOptionGroups, indicatorLabel, partsParentOf } from './indicator-options.ts';
import { IndicatorPicker } from './indicator-picker.tsx';
import { usePanelTargets } from '../scores-vs-tasks/use-panel-targets.ts';
import { IndicatorTasks } from './indicator-tasks.tsx';
import { useLatestTaskStates } from './use-latest-task-states.ts';
import { PeerPicker } from './peer-picker.tsx';
import { buildRankRows } from './rank-rows.ts';
import { RankTable } from './rank-table.tsx';
import { resolvePeerCodes } from './resolve-peers.ts';
import type { MapProvince } from '../../domain/province-lineage.ts';
import { createMergerText } from '../../i18n/areas/merger.ts';
import { predecessorLines } from '../merger/lineage-text.ts';
import { unitsOfSameMap } from '../merger/same-map.ts';
import { SpecFigure } from './spec-figure.tsx';
import { filterTasksForIndicator } from './tasks-for-indicator.ts';
import './dimensions-view.css';

/** Dimensions ("Chỉ số nội dung"): one indicator over the years against peers and the country. */
export function DimensionsView(props: ViewProps): ReactNode {
  const { t } = useI18n();
  const indicators = useIndicators();
  const provinces = useProvinces();
  const error = indicators.error ?? provinces.error;
  if (error) return <ErrorPanel error={error} />;
  if (indicators.data === undefined || provinces.data === undefined) {
    return <LoadingIndicator label={t('status.loading')} />;
  }
  return <DimensionsContent {...props} indicators={indicators.data} provinces={provinces.data} />;
}

interface ContentProps extends ViewProps {
  indicators: readonly Indicator[];
  provinces: readonly MapProvince[];
}

function DimensionsContent({
  provinceCode,
  provinceName,
  viewParams,
  setViewParams,
  indicators,
  provinces,
}: ContentProps): ReactNode {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const known = useMemo(
    () => ({
      indicators: new Set(indicators.map((i) => i.code)),
      provinces: new Set(provinces.map((p) => p.code)),
    }),
    [indicators, provinces],
  );
  const params = parseDimensionParams(viewParams, known);
  const update = (change: Partial<DimensionParams>, mode: 'push' | 'replace'): void =>
    setViewParams(serializeDimensionParams({ ...params, ...change }), mode);

  const indicator = indicators.find((i) => i.code === params.indicator);
  const label = indicator === undefined ? params.indicator : indicatorLabel(indicator, lang);
  const partsParent = partsParentOf(indicator);
  const parentIndicator = indicators.find((i) => i.code === partsParent);
  const peerCandidates = useMemo(() => unitsOfSameMap(provinces, provinceCode), [provinces, provinceCode]);
  const peerCodes = useMemo(
    () => resolvePeerCodes(peerCandidates, provinceCode, params.peers),
    [peerCandidates, provinceCode, params.peers],
  );

  // One panel of every province's scores of the indicator: the trend and the rank table both read it.
  const panel = useIndicatorPanel(params.indicator);
  const years = useIndicatorYears(params.indicator);
  const parts = useIndicatorChildren(provinceCode, partsParent);
  // Once this indicator is drawn, every other one is fetched in three queries, so a switch draws from memory.
  const allCodes = useMemo(() => indicators.map((i) => i.code), [indicators]);
  const allParents = useMemo(
    () => [...new Set(indicators.flatMap((i) => (i.parent === null ? [] : [i.parent])))],
    [indicators],
  );
  const prefetched = usePrefetchIndicatorViews(provinceCode, allCodes, allParents, panel.data !== undefined);
  const dimensionScores = useProvinceScores(provinceCode, 'dimension');
  const planTasks = usePlanTasks(provinceCode, null);
  const tasks = useMemo(
    () => (planTasks.data === undefined ? null : filterTasksForIndicator(planTasks.data, indicator)),
    [planTasks.data, indicator],
  );
  const taskStates = useLatestTaskStates(provinceCode);
  // The user's dimension targets (set on the Overview) as lines on the trend, against the latest scored year.
  const latestYear = years.data?.filter((y) => y.scoredCount !== null).at(-1)?.year ?? null;
  const dimensionTargets = usePanelTargets(provinceCode, latestYear);
  const source = t('chart.source');
  // Every indicator has the same axis years: keep one array so a switch does not redraw the heatmap and parts.
  const axisYearsKey = (years.data ?? []).map((y) => y.year).join(',');
  const axisYears = useMemo(
    () => (axisYearsKey === '' ? [] : axisYearsKey.split(',').map(Number)),
    [axisYearsKey],
  );

  const peerKey = peerCodes.join(',');
  const trendSpec = useMemo(() => {
    if (panel.data === undefined || years.data === undefined) return null;
    const peers = provinces
      .filter((p) => peerKey.split(',').includes(p.code))
      .map((p) => ({ code: p.code, name: lang === 'vi' ? p.nameVi : p.nameEn }));
    const spec = createIndicatorTrendSpec(
      { years: years.data, panel: panel.data },
      {
        provinceCode,
        provinceName,
        indicatorLabel: label,
        peers,
        predecessors: predecessorLines(provinces, provinceCode, lang),
        predecessorNote: createMergerText(lang)('merger.trend.predecessorNote', { province: provinceName }),
        band: params.band,
        source,
        target: dimensionTargets[params.indicator] ?? null,
      },
    );
    return { ...spec, query: indicatorPanelSql(params.indicator) };
  }, [
    dimensionTargets,
    params.indicator,
    panel.data,
    years.data,
    provinces,
    peerKey,
    lang,
    provinceCode,
    provinceName,
    label,
    params.band,
    source,
  ]);

  const multiplesSpec = useMemo(() => {
    if (parts.data === undefined || parentIndicator === undefined) return null;
    const partList = indicators
      .filter((i) => i.parent === partsParent)
      .sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }))
      .map((i) => ({ code: i.code, label: indicatorLabel(i, lang) }));
    const spec = createMultiplesSpec(
      { years: axisYears, parts: partList, points: parts.data },
      { provinceName, parentLabel: indicatorLabel(parentIndicator, lang), source },
    );
    return { ...spec, query: indicatorChildrenSql(provinceCode, partsParent) };
  }, [
    parts.data,
    parentIndicator,
    indicators,
    partsParent,
    lang,
    axisYears,
    provinceName,
    source,
    provinceCode,
  ]);

  const heatmapSpec = useMemo(() => {
    if (dimensionScores.data === undefined) return null;
    const dimensions = indicators
      .filter((i) => i.level === 'dimension')
      .sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }))
      .map((i) => ({ code: i.code, label: indicatorLabel(i, lang) }));
    const spec = createDimensionHeatmapSpec(
      { years: axisYears, dimensions, cells: dimensionScores.data },
      { provinceName, colour: params.colour, source },
    );
    return { ...spec, query: provinceScoresSql(provinceCode, 'dimension') };
  }, [dimensionScores.data, indicators, lang, axisYears, provinceName, params.colour, source, provinceCode]);

  const rankRows = useMemo(
    () => (panel.data === undefined ? null : buildRankRows(axisYears, panel.data, provinceCode)),
    [panel.data, axisYears, provinceCode],
  );

  const groups = useMemo(() => buildIndicatorOptionGroups(indicators, lang), [indicators, lang]);
  const queryError = panel.error ?? years.error ?? parts.error ?? dimensionScores.error;
  const bandOptions: { value: BandChoice; label: string }[] = [
    { value: 'both', label: t('dimensions.band.both') },
    { value: 'minmax', label: t('dimensions.band.minmax') },
    { value: 'iqr', label: t('dimensions.band.iqr') },
  ];
  const colourOptions: { value: ColourChoice; label: string }[] = [
    { value: 'rank', label: t('dimensions.colour.rank') },
    { value: 'score', label: t('dimensions.colour.score') },
  ];

  return (
    <div className="dimensions-view" data-testid="dimensions-view" data-prefetched={prefetched}>
      <div className="dimensions-controls">
        <IndicatorPicker
          groups={groups}
          value={params.indicator}
          onChange={(code) => update({ indicator: code }, 'push')}
        />
        <ChoiceGroup
          legend={t('dimensions.band.label')}
          name="band"
          options={bandOptions}
          value={params.band}
          onChange={(band) => update({ band }, 'replace')}
        />
        <PeerPicker
          provinces={peerCandidates}
          provinceCode={provinceCode}
          peerCodes={peerCodes}
          onChoose={(choice) =>
            update(
              { peers: choice === 'region' ? { kind: 'region' } : { kind: 'list', codes: choice } },
              'replace',
            )
          }
        />
      </div>
      {queryError ? <ErrorPanel error={queryError} /> : null}
      {trendSpec === null ? (
        <LoadingIndicator label={t('status.loading')} />
      ) : (
        <SpecFigure spec={trendSpec} source={source} />
      )}
      <div className="dimensions-grid">
        {multiplesSpec === null ? null : <SpecFigure spec={multiplesSpec} source={source} />}
        {rankRows === null ? null : (
          <RankTable
            rows={rankRows}
            heading={t('dimensions.rank.heading', { province: provinceName, indicator: label })}
          />
        )}
      </div>
      <ChoiceGroup
        legend={t('dimensions.colour.label')}
        name="colour"
        options={colourOptions}
        value={params.colour}
        onChange={(colour) => update({ colour }, 'replace')}
      />
      {heatmapSpec === null ? null : <SpecFigure spec={heatmapSpec} source={source} />}
      {tasks === null ? null : (
        <IndicatorTasks
          tasks={tasks}
          heading={t('dimensions.tasks.heading', { indicator: label, count: tasks.length })}
          states={taskStates}
        />
      )}
    </div>
  );
}
