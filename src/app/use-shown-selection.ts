// What the shell shows: the URL's province, year and view resolved against the provinces and the years the
// data scores, the year picker's options, and the URL corrected to say the same once the data has settled it.
import { useEffect, useMemo } from 'react';
import { sameUnitInOtherMap, type MapProvince } from '../domain/province-lineage.ts';
import { useProvinces } from '../queries/provinces.ts';
import {
  mergeYearOptions,
  useYearOptions,
  yearOptionsQuery,
  type YearOption,
} from '../queries/scored-years.ts';
import { resolveProvince, resolveSelection, type Resolution } from '../state/resolve-selection.ts';
import { serialiseUrlState } from '../state/url-state.ts';
import type { UrlStateApi } from '../state/use-url-state.ts';
import { unitSelectionData } from './unit-selection-data.ts';

export interface ShownSelection {
  /** The provinces of both maps; undefined while loading. */
  provinces: readonly MapProvince[] | undefined;
  /** The state shown, its year, and why it differs from the link (once complete). */
  resolution: Resolution;
  /** The year picker's options: the unit's years under both its codes; undefined while loading. */
  unitYearOptions: readonly YearOption[] | undefined;
}

/** The selection resolved against the data; a correction of the URL is written once it is complete. */
export function useShownSelection({
  url,
  search,
  correct,
}: Pick<UrlStateApi, 'url' | 'search' | 'correct'>): ShownSelection {
  const provinces = useProvinces();
  const requestedProvince = resolveProvince(url.state.province, provinces.data);
  const yearOptions = useYearOptions(requestedProvince);
  // A unit the 2025 merger left whole is one province under two codes: the years of both count.
  const sameUnitCode =
    provinces.data === undefined ? null : sameUnitInOtherMap(provinces.data, requestedProvince);
  const sameUnitYearOptions = yearOptionsQuery.useWhen(
    sameUnitCode !== null,
    sameUnitCode ?? requestedProvince,
  );
  const unitYearOptions = useMemo(
    () => mergeYearOptions(yearOptions.data, sameUnitCode === null ? null : sameUnitYearOptions.data),
    [yearOptions.data, sameUnitCode, sameUnitYearOptions.data],
  );
  const resolution = useMemo(
    () =>
      resolveSelection(
        url,
        unitSelectionData(
          provinces.data,
          yearOptions.data,
          sameUnitCode === null ? null : { code: sameUnitCode, options: sameUnitYearOptions.data },
        ),
      ),
    [url, provinces.data, yearOptions.data, sameUnitCode, sameUnitYearOptions.data],
  );

  // Once the data has settled what is shown, the URL says the same (replaceState) and the notices say why.
  useEffect(() => {
    if (!resolution.complete) return;
    const corrected = serialiseUrlState(resolution.state) !== search;
    if (corrected || resolution.notices.length > 0) correct(url.state, resolution.state, resolution.notices);
  }, [url.state, search, resolution, correct]);

  return { provinces: provinces.data, resolution, unitYearOptions };
}
