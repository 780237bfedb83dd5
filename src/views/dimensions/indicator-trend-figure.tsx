import type { ReactNode } from 'react';
import { useMemo } from 'react';
import type { TrendBand } from '../../charts/indicator-trend/indicator-trend-rows.ts';
import { createIndicatorTrendSpec } from '../../charts/indicator-trend/indicator-trend-spec.ts';
import { LoadingIndicator } from '../../components/loading-indicator.tsx';
import type { MapProvince } from '../../domain/province-lineage.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { indicatorPanelSql, type IndicatorPanelRow } from '../../queries/indicator-panel.ts';
import type { IndicatorYear } from '../../queries/indicator-years.ts';
import { predecessorLines, provinceNameIn } from '../shared/lineage-text.ts';
import { usePanelTargets } from '../shared/use-panel-targets.ts';
import { SpecFigure } from '../shared/spec-figure.tsx';

interface IndicatorTrendFigureProps {
  /** Every province's scores of the indicator, and its years; undefined while loading. */
  panel: readonly IndicatorPanelRow[] | undefined;
  years: readonly IndicatorYear[] | undefined;
  indicator: string;
  indicatorLabel: string;
  band: TrendBand;
  provinces: readonly MapProvince[];
  peerCodes: readonly string[];
  provinceCode: string;
  provinceName: string;
}

/** The indicator over the years against its peers and the country, with a new unit's predecessors and the target. */
export function IndicatorTrendFigure({
  panel,
  years,
  indicator,
  indicatorLabel,
  band,
  provinces,
  peerCodes,
  provinceCode,
  provinceName,
}: IndicatorTrendFigureProps): ReactNode {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const source = t('chart.source');
  // The user's dimension targets (set on the Overview) as lines on the trend, against the latest scored year.
  const latestYear = years?.filter((y) => y.scoredCount !== null).at(-1)?.year ?? null;
  const dimensionTargets = usePanelTargets(provinceCode, latestYear);
  const peerKey = peerCodes.join(',');
  const spec = useMemo(() => {
    if (panel === undefined || years === undefined) return null;
    const peers = provinces
      .filter((p) => peerKey.split(',').includes(p.code))
      .map((p) => ({ code: p.code, name: provinceNameIn(lang)(p) }));
    const trend = createIndicatorTrendSpec(
      { years, panel },
      {
        provinceCode,
        provinceName,
        indicatorLabel,
        peers,
        predecessors: predecessorLines(provinces, provinceCode, i18n),
        predecessorNote: t('merger.trend.predecessorNote', { province: provinceName }),
        band,
        source,
        target: dimensionTargets[indicator] ?? null,
      },
    );
    return { ...trend, query: indicatorPanelSql(indicator) };
  }, [
    dimensionTargets,
    indicator,
    panel,
    years,
    provinces,
    peerKey,
    lang,
    i18n,
    t,
    provinceCode,
    provinceName,
    indicatorLabel,
    band,
    source,
  ]);
  if (spec === null) return <LoadingIndicator label={t('status.loading')} />;
  return <SpecFigure spec={spec} source={source} />;
}
