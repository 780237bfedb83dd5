// What the Dimensions view shows, from its URL parameters checked against the loaded data: the indicator,
// the parent whose parts are drawn, the peers (from the province's own map), and the writer of a change.
import { useMemo } from 'react';
import type { MapProvince } from '../../domain/province-lineage.ts';
import type { Indicator } from '../../domain/types.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { Language } from '../../i18n/languages.ts';
import type { ViewProps } from '../view-props.ts';
import type { DimensionParams } from './dimension-params.ts';
import { parseDimensionParams, serializeDimensionParams } from './dimension-params.ts';
import { indicatorLabel, partsParentOf } from '../shared/indicator-options.ts';
import { resolvePeerCodes } from './resolve-peers.ts';
import { unitsOfSameMap } from './same-map.ts';

/** Writes a change of the parameters to the URL: 'push' for a new view of the data, 'replace' for a refinement. */
export type UpdateDimensionParams = (change: Partial<DimensionParams>, mode: 'push' | 'replace') => void;

/** The view's parameters and what follows from them. */
export function useDimensionSelection(
  indicators: readonly Indicator[],
  provinces: readonly MapProvince[],
  {
    provinceCode,
    viewParams,
    setViewParams,
  }: Pick<ViewProps, 'provinceCode' | 'viewParams' | 'setViewParams'>,
) {
  const { lang } = useI18n();
  const known = useMemo(
    () => ({
      indicators: new Set(indicators.map((i) => i.code)),
      provinces: new Set(provinces.map((p) => p.code)),
    }),
    [indicators, provinces],
  );
  const params = parseDimensionParams(viewParams, known);
  const update: UpdateDimensionParams = (change, mode) =>
    setViewParams(serializeDimensionParams({ ...params, ...change }), mode);
  const peerCandidates = useMemo(() => unitsOfSameMap(provinces, provinceCode), [provinces, provinceCode]);
  const peerCodes = useMemo(
    () => resolvePeerCodes(peerCandidates, provinceCode, params.peers),
    [peerCandidates, provinceCode, params.peers],
  );
  return {
    params,
    update,
    ...describeIndicatorChoice(indicators, params.indicator, lang),
    peerCandidates,
    peerCodes,
  };
}

/** What follows from an indicator code: the indicator, its label, and the parent whose parts are drawn. */
export function describeIndicatorChoice(indicators: readonly Indicator[], code: string, lang: Language) {
  const indicator = indicators.find((i) => i.code === code);
  const partsParent = partsParentOf(indicator);
  return {
    indicator,
    label: indicator === undefined ? code : indicatorLabel(indicator, lang),
    partsParent,
    parentIndicator: indicators.find((i) => i.code === partsParent),
  };
}
