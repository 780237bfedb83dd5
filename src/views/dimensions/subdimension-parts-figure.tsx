import type { ReactNode } from 'react';
import { useMemo } from 'react';
import { createMultiplesSpec } from '../../charts/subdimension-multiples/multiples-spec.ts';
import type { Indicator } from '../../domain/types.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { indicatorChildrenSql, type IndicatorChildPoint } from '../../queries/indicator-children.ts';
import { indicatorLabel } from '../shared/indicator-options.ts';
import { SpecFigure } from '../shared/spec-figure.tsx';
import type { PredecessorData } from './use-predecessor-data.ts';

interface SubdimensionPartsFigureProps {
  /** The province's scores of the parent's parts; undefined while loading. */
  points: readonly IndicatorChildPoint[] | undefined;
  indicators: readonly Indicator[];
  /** The indicator whose parts are drawn (the chosen one, or its parent for a sub-dimension). */
  parent: Indicator | undefined;
  axisYears: readonly number[];
  /** A new unit without scores of its own: each predecessor's parts, drawn as its own line; else none. */
  predecessors: readonly PredecessorData<IndicatorChildPoint>[];
  provinceCode: string;
  provinceName: string;
}

/** Small multiples: each part of the parent indicator over the years (a new unit: its predecessors'); nothing while loading. */
export function SubdimensionPartsFigure({
  points,
  indicators,
  parent,
  axisYears,
  predecessors,
  provinceCode,
  provinceName,
}: SubdimensionPartsFigureProps): ReactNode {
  const { t, lang } = useI18n();
  const source = t('chart.source');
  const spec = useMemo(() => {
    if (points === undefined || parent === undefined) return null;
    const parts = indicators
      .filter((i) => i.parent === parent.code)
      .sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }))
      .map((i) => ({ code: i.code, label: indicatorLabel(i, lang) }));
    const multiples = createMultiplesSpec(
      {
        years: axisYears,
        parts,
        points,
        predecessors: predecessors.map((p) => ({ code: p.code, name: p.name, points: p.data })),
      },
      { provinceName, parentLabel: indicatorLabel(parent, lang), source },
    );
    return { ...multiples, query: indicatorChildrenSql(provinceCode, parent.code) };
  }, [points, parent, indicators, lang, axisYears, predecessors, provinceName, source, provinceCode]);
  return spec === null ? null : <SpecFigure spec={spec} source={source} />;
}
