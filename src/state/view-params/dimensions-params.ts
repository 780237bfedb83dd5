// The Dimensions view's URL parameters: `indicator`, `peers` (codes, `region` or `none`), `band`, `colour`.
import { choiceField, defineViewParams, type ParamField } from '../view-param-codec.ts';

/** The trend's bands: min-max, interquartile, or both. */
export type BandChoice = 'minmax' | 'iqr' | 'both';
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
const REGION_WORD = 'region';
const NO_PEERS_WORD = 'none';

const indicatorField: ParamField<string> = {
  read: (raw) => {
    const code = raw?.trim() ?? '';
    return code === '' ? DEFAULT_INDICATOR : code;
  },
  write: (code) => (code === DEFAULT_INDICATOR ? null : code),
};

/** Codes upper-cased, deduplicated, in link order; whether they exist is checked against the data later. */
const peersField: ParamField<PeerChoice> = {
  read: (raw) => {
    const text = raw?.trim() ?? '';
    if (text === '' || text.toLowerCase() === REGION_WORD) return { kind: 'region' };
    if (text.toLowerCase() === NO_PEERS_WORD) return { kind: 'list', codes: [] };
    const codes = [...new Set(text.split(',').map((code) => code.trim().toUpperCase()))].filter(
      (code) => code !== '',
    );
    return codes.length === 0 ? { kind: 'region' } : { kind: 'list', codes };
  },
  write: (peers) => {
    if (peers.kind === 'region') return null;
    return peers.codes.length === 0 ? NO_PEERS_WORD : peers.codes.join(',');
  },
};

export const dimensionParamsCodec = defineViewParams<DimensionParams>({
  indicator: indicatorField,
  peers: peersField,
  band: choiceField<BandChoice>(['minmax', 'iqr', 'both'], 'both'),
  colour: choiceField<ColourChoice>(['rank', 'score'], 'rank'),
});
