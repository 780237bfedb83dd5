// The chart palette as CSS custom properties: palette.ts stays the one source (charts are also drawn in Node,
// where no CSS exists), and the style sheets read these properties instead of copying its hex values.
import { OKABE_ITO } from './palette.ts';

const kebabCase = (name: string): string => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/** `--palette-<colour>` for each Okabe-Ito colour, e.g. `--palette-bluish-green: #009E73`. */
export function paletteCustomProperties(): Readonly<Record<string, string>> {
  return Object.fromEntries(
    Object.entries(OKABE_ITO).map(([name, hex]) => [`--palette-${kebabCase(name)}`, hex]),
  );
}

/** Writes the palette's custom properties on `style` (the document element's, once at start). */
export function writePaletteProperties(style: Pick<CSSStyleDeclaration, 'setProperty'>): void {
  for (const [name, value] of Object.entries(paletteCustomProperties())) style.setProperty(name, value);
}
