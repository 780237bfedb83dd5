// What the Nationwide view shows, from its URL parameters checked against the loaded data (resolveNationParams),
// the URL corrected to it (replaceState) with the notices kept until dismissed, and the writer of a change.
import { useEffect, useMemo, useState } from 'react';
import type { MapProvince } from '../../domain/province-lineage.ts';
import type { Indicator } from '../../domain/types.ts';
import { nationParamsCodec, type NationParams } from '../../state/view-params/nation-params.ts';
import type { ViewProps } from '../view-props.ts';
import {
  resolveNationParams,
  type NationNotice,
  type NationParamsResolution,
} from './resolve-nation-params.ts';

/** Writes a change of the parameters to the URL: 'push' for a new view of the data, 'replace' for a refinement. */
export type UpdateNationParams = (change: Partial<NationParams>, mode: 'push' | 'replace') => void;

/** The resolved parameters, the notices of what fell back, and the writer. */
export function useNationSelection(
  indicators: readonly Indicator[],
  provinces: readonly MapProvince[],
  year: number,
  { viewParams, setViewParams }: Pick<ViewProps, 'viewParams' | 'setViewParams'>,
) {
  const regions = useMemo(() => new Set(provinces.map((p) => p.region).filter((r) => r !== '')), [provinces]);
  const resolution = useMemo(
    () => resolveNationParams(viewParams, year, indicators, regions),
    [viewParams, year, indicators, regions],
  );
  const { params } = resolution;
  // The notices outlive the correction (after it the link is valid): kept in state, taken in while rendering
  // the resolution that raised them (React's "adjust state when a prop changes"), dropped when dismissed.
  const [notices, setNotices] = useState<readonly NationNotice[]>([]);
  const [noticed, setNoticed] = useState<NationParamsResolution | null>(null);
  if (resolution.notices.length > 0 && noticed !== resolution) {
    setNoticed(resolution);
    setNotices(resolution.notices);
  }
  useEffect(() => {
    if (resolution.notices.length > 0)
      setViewParams(nationParamsCodec.serialise(resolution.params), 'replace');
  }, [resolution, setViewParams]);
  const update: UpdateNationParams = (change, mode) =>
    setViewParams(nationParamsCodec.serialise({ ...params, ...change }), mode);
  const dismiss = (index: number) => setNotices((shown) => shown.filter((_, i) => i !== index));
  return { params, update, notices, dismiss };
}
