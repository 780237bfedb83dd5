// Okabe-Ito colours: distinguishable with the common forms of colour blindness.
import { darken, lighten } from './colour-mix.ts';

/** The eight Okabe-Ito colours. */
export const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const;

/** Roles in the app's charts, mapped to palette colours. */
export const CHART_COLORS = {
  province: OKABE_ITO.blue,
  nationalMedian: '#4D4D4D',
  belowMedian: OKABE_ITO.vermillion,
  aboveMedian: OKABE_ITO.blue,
  eraBreak: '#262626',
  eraShade: 'rgba(0, 0, 0, 0.035)',
  text: '#1A1A1A',
  mutedText: '#595959',
  axis: '#8C8C8C',
  gridLine: '#E6E6E6',
} as const;

/** Group bands, light tints so the province line stays readable on top. */
export const GROUP_BAND_COLORS = {
  low: 'rgba(213, 94, 0, 0.16)',
  lowerMiddle: 'rgba(230, 159, 0, 0.18)',
  upperMiddle: 'rgba(86, 180, 233, 0.2)',
  high: 'rgba(0, 158, 115, 0.18)',
} as const;

/**
 * The four PAPI groups as solid fills (tile map, distribution strips; the league table's cells use the same
 * Okabe-Ito colours through var(--palette-…)): low vermillion, lower-middle orange, upper-middle sky blue,
 * high bluish green, the hues of GROUP_BAND_COLORS at full strength. Each is always shown with its word.
 */
export const PAPI_GROUP_COLORS = {
  low: OKABE_ITO.vermillion,
  lower_middle: OKABE_ITO.orange,
  upper_middle: OKABE_ITO.skyBlue,
  high: OKABE_ITO.bluishGreen,
} as const;

/** A score on a sequential scale, low → high: pale yellow through sky blue to blue (Okabe-Ito ends). */
export const SCORE_SCALE_COLORS = ['#FFF5C2', OKABE_ITO.skyBlue, OKABE_ITO.blue] as const;

/** Tiles with no score that year, and the never-scored archipelagos. */
export const TILE_COLORS = {
  noScore: '#D9D9D9',
  island: '#FFFFFF',
  islandBorder: '#8C8C8C',
  selectedOutline: '#000000',
  labelHalo: '#FFFFFF',
} as const;

/** Distribution strips: every province, its region's peers, and the selected one. */
export const STRIP_COLORS = {
  province: 'rgba(89, 89, 89, 0.45)',
  peer: OKABE_ITO.orange,
  selected: OKABE_ITO.blue,
  median: '#1A1A1A',
  quartile: '#8C8C8C',
} as const;

/**
 * Status chips (the leadership panel's lights and goal): each state's Okabe-Ito hue, darkened for its text and
 * lightened for its tint, so the word reads at 4.5:1 or more on the tint (tests/styles/palette-in-css.test.ts);
 * `solid` carries white text.
 */
export const STATUS_COLORS = {
  red: { text: darken(OKABE_ITO.vermillion, 0.35), tint: lighten(OKABE_ITO.vermillion, 0.85) },
  amber: { text: darken(OKABE_ITO.orange, 0.53), tint: lighten(OKABE_ITO.orange, 0.8) },
  green: {
    text: darken(OKABE_ITO.bluishGreen, 0.45),
    tint: lighten(OKABE_ITO.bluishGreen, 0.85),
    solid: darken(OKABE_ITO.bluishGreen, 0.29),
  },
} as const;
