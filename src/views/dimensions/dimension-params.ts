// The Dimensions view's URL parameters, parsed and written by pure functions: a link reproduces the view,
// and anything unusable falls back to the default instead of breaking the page.
import type { TrendBand } from '../../charts/indicator-trend/indicator-trend-rows.ts';
import type { ViewParams } from '../../state/url-state.ts';

export type BandChoice = TrendBand;
export type ColourChoice = 'rank' | 'score';
/** The province's region (the default), or an explicit list of province codes (possibly empty). */
export type PeerChoice = { kind: 'region' } | { kind: 'list'; codes: readonly string[] };

export interface DimensionParams {
  indicator: string;
  peers: PeerChoice;
  band: BandChoice;
  colour: ColourChoice;
}

export const DEFAULT_INDICATOR = 'total';
const BANDS: readonly BandChoice[] = ['minmax', 'iqr', 'both'];
const COLOURS: readonly ColourChoice[] = ['rank', 'score'];
export const DEFAULT_DIMENSION_PARAMS: DimensionParams = {
  indicator: DEFAULT_INDICATOR,
  peers: { kind: 'region' },
  band: 'both',
  colour: 'rank',
};
const REGION_WORD = 'region';
const NO_PEERS_WORD = 'none';

/** What is known to be valid; before the data is loaded, nothing is checked against it (null). */
export interface KnownCodes {
  indicators: ReadonlySet<string> | null;
  provinces: ReadonlySet<string> | null;
}

function parsePeers(raw: string | undefined, provinces: ReadonlySet<string> | null): PeerChoice {
  const text = raw?.trim() ?? '';
  if (text === '' || text.toLowerCase() === REGION_WORD) return { kind: 'region' };
  if (text.toLowerCase() === NO_PEERS_WORD) return { kind: 'list', codes: [] };
  const codes = [...new Set(text.split(',').map((code) => code.trim().toUpperCase()))].filter(
    (code) => code !== '' && (provinces === null || provinces.has(code)),
  );
  return codes.length === 0 ? { kind: 'region' } : { kind: 'list', codes };
}

function pick<T extends string>(raw: string | undefined, allowed: readonly T[], fallback: T): T {
  const value = raw?.trim().toLowerCase();
  return allowed.find((option) => option === value) ?? fallback;
}

/** The view's state from its raw URL parameters; an unknown indicator is the total, unknown codes are dropped. */
export function parseDimensionParams(params: ViewParams, known: KnownCodes): DimensionParams {
  const indicator = params['indicator']?.trim() ?? '';
  const indicatorIsKnown = indicator !== '' && (known.indicators === null || known.indicators.has(indicator));
  return {
    indicator: indicatorIsKnown ? indicator : DEFAULT_INDICATOR,
    peers: parsePeers(params['peers'], known.provinces),
    band: pick(params['band'], BANDS, DEFAULT_DIMENSION_PARAMS.band),
    colour: pick(params['colour'], COLOURS, DEFAULT_DIMENSION_PARAMS.colour),
  };
}

/** The URL parameters of a state; defaults are left out so links stay short. */
export function serializeDimensionParams(state: DimensionParams): Record<string, string> {
  const params: Record<string, string> = {};
  if (state.indicator !== DEFAULT_INDICATOR) params['indicator'] = state.indicator;
  if (state.peers.kind === 'list') {
    params['peers'] = state.peers.codes.length === 0 ? NO_PEERS_WORD : state.peers.codes.join(',');
  }
  if (state.band !== DEFAULT_DIMENSION_PARAMS.band) params['band'] = state.band;
  if (state.colour !== DEFAULT_DIMENSION_PARAMS.colour) params['colour'] = state.colour;
  return params;
}
