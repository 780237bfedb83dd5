// Okabe-Ito colours: distinguishable with the common forms of colour blindness.

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
