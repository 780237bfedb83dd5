// The chart palette as CSS custom properties: palette.ts stays the one source (charts are also drawn in Node,
// where no CSS exists), and the style sheets read these properties instead of copying its hex values.
import { CHART_COLORS, OKABE_ITO, STATUS_COLORS } from './palette.ts';

const kebabCase = (name: string): string => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

const named = (prefix: string, colours: Readonly<Record<string, string>>): [string, string][] =>
  Object.entries(colours).map(([name, value]) => [`--${prefix}-${kebabCase(name)}`, value]);

/**
 * Every colour the style sheets share with the charts:
 * - `--palette-<colour>` for each Okabe-Ito colour, e.g. `--palette-bluish-green: #009E73`;
 * - `--chart-<role>` for each chart role, e.g. `--chart-grid-line` (the rules between table rows too);
 * - `--status-<state>-<part>` for the status chips, e.g. `--status-red-tint`.
 */
export function paletteCustomProperties(): Readonly<Record<string, string>> {
  return Object.fromEntries([
    ...named('palette', OKABE_ITO),
    ...named('chart', CHART_COLORS),
    ...Object.entries(STATUS_COLORS).flatMap(([state, parts]) => named(`status-${state}`, parts)),
  ]);
}

/** Writes the palette's custom properties on `style` (the document element's, once at start). */
export function writePaletteProperties(style: Pick<CSSStyleDeclaration, 'setProperty'>): void {
  for (const [name, value] of Object.entries(paletteCustomProperties())) style.setProperty(name, value);
}
