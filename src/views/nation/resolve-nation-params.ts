// The Nationwide view's URL parameters checked against the loaded data: an indicator the year does not have
// and a region no province is in fall back (to the total, to the whole country), each with a notice saying so,
// as the shell does for a province or a year. Pure, so the rule is tested without React.
import type { Indicator } from '../../domain/types.ts';
import type { ViewParams } from '../../state/view-param-codec.ts';
import {
  NATION_DEFAULT_INDICATOR,
  nationParamsCodec,
  type NationParams,
} from '../../state/view-params/nation-params.ts';

/** Why the view shows something else than the link asked for. */
export type NationNotice =
  | { key: 'nation.notice.unknownIndicator'; args: { value: string; year: number } }
  | { key: 'nation.notice.unknownRegion'; args: { value: string } };

export interface NationParamsResolution {
  params: NationParams;
  notices: NationNotice[];
}

/** Whether the indicator is defined in `year` (indicators.first_year/last_year). */
export const indicatorExistsIn = (indicator: Indicator, year: number): boolean =>
  indicator.firstYear <= year && (indicator.lastYear === null || indicator.lastYear >= year);

/** The parameters to show for `year`, and the notices for what fell back. */
export function resolveNationParams(
  viewParams: ViewParams,
  year: number,
  indicators: readonly Indicator[],
  regions: ReadonlySet<string>,
): NationParamsResolution {
  const parsed = nationParamsCodec.parse(viewParams);
  const notices: NationNotice[] = [];
  const indicator = indicators.find((i) => i.code === parsed.indicator);
  const indicatorOk = indicator !== undefined && indicatorExistsIn(indicator, year);
  if (!indicatorOk)
    notices.push({ key: 'nation.notice.unknownIndicator', args: { value: parsed.indicator, year } });
  const regionOk = parsed.region === null || regions.has(parsed.region);
  if (!regionOk && parsed.region !== null)
    notices.push({ key: 'nation.notice.unknownRegion', args: { value: parsed.region } });
  return {
    params: {
      ...parsed,
      indicator: indicatorOk ? parsed.indicator : NATION_DEFAULT_INDICATOR,
      region: regionOk ? parsed.region : null,
    },
    notices,
  };
}
