// The Dimensions view's URL parameters: read by their codec in state/ (so URL migrations can reach them),
// then checked against the loaded data here; anything unusable falls back to the default.
import type { TrendBand } from '../../charts/indicator-trend/indicator-trend-rows.ts';
import type { ViewParams } from '../../state/view-param-codec.ts';
import {
  DEFAULT_INDICATOR,
  dimensionParamsCodec,
  type BandChoice,
  type DimensionParams,
  type PeerChoice,
} from '../../state/view-params/dimensions-params.ts';

export type {
  BandChoice,
  ColourChoice,
  DimensionParams,
  PeerChoice,
} from '../../state/view-params/dimensions-params.ts';
export { DEFAULT_INDICATOR };

export const DEFAULT_DIMENSION_PARAMS: DimensionParams = dimensionParamsCodec.defaults;

// The URL's band words are the trend chart's bands (a compile error if one side gains a band).
const bandsAreTrendBands: [BandChoice, TrendBand] extends [TrendBand, BandChoice] ? true : never = true;
void bandsAreTrendBands;

/** What is known to be valid; before the data is loaded, nothing is checked against it (null). */
export interface KnownCodes {
  indicators: ReadonlySet<string> | null;
  provinces: ReadonlySet<string> | null;
}

/** Peer codes the data has; a list left empty by unknown codes means the region again. */
function knownPeers(peers: PeerChoice, provinces: ReadonlySet<string> | null): PeerChoice {
  if (peers.kind === 'region' || provinces === null || peers.codes.length === 0) return peers;
  const codes = peers.codes.filter((code) => provinces.has(code));
  return codes.length === 0 ? { kind: 'region' } : { kind: 'list', codes };
}

/** The view's state from its raw URL parameters; an unknown indicator is the total, unknown codes are dropped. */
export function parseDimensionParams(params: ViewParams, known: KnownCodes): DimensionParams {
  const parsed = dimensionParamsCodec.parse(params);
  const indicatorIsKnown = known.indicators === null || known.indicators.has(parsed.indicator);
  return {
    ...parsed,
    indicator: indicatorIsKnown ? parsed.indicator : DEFAULT_INDICATOR,
    peers: knownPeers(parsed.peers, known.provinces),
  };
}

/** The URL parameters of a state; defaults are left out so links stay short. */
export const serializeDimensionParams = dimensionParamsCodec.serialise;
