// Every view's URL parameters, registered by view id: url-state keeps only these names, and a URL migration
// can read and rewrite a view's parameters knowing their format.
import { defineViewParams, type ViewParamCodec } from './view-param-codec.ts';
import { VIEW_IDS, type ViewId } from './view-ids.ts';
import { dimensionParamsCodec, type DimensionParams } from './view-params/dimensions-params.ts';
import { nationParamsCodec, type NationParams } from './view-params/nation-params.ts';
import { planParamsCodec, type PlanFilters } from './view-params/plan-params.ts';
import { scoresVsTasksParamsCodec, type ScoresVsTasksParams } from './view-params/scores-vs-tasks-params.ts';

/** A view without parameters of its own. */
export type NoViewParams = Record<string, never>;

/** The typed parameters of each view. */
export interface ViewParamValues {
  overview: NoViewParams;
  dimensions: DimensionParams;
  nation: NationParams;
  plan: PlanFilters;
  'scores-vs-tasks': ScoresVsTasksParams;
  data: NoViewParams;
  briefing: NoViewParams;
}

const noParams = defineViewParams<NoViewParams>({});

export const VIEW_PARAM_CODECS: { readonly [V in ViewId]: ViewParamCodec<ViewParamValues[V]> } = {
  overview: noParams,
  dimensions: dimensionParamsCodec,
  nation: nationParamsCodec,
  plan: planParamsCodec,
  'scores-vs-tasks': scoresVsTasksParamsCodec,
  data: noParams,
  briefing: noParams,
};

/** The parameters each view keeps in the URL besides the shared ones, in link order. */
export const VIEW_PARAM_NAMES = Object.fromEntries(
  VIEW_IDS.map((view) => [view, VIEW_PARAM_CODECS[view].names]),
) as { readonly [V in ViewId]: readonly string[] };
