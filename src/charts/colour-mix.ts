// Two #rrggbb colours mixed in sRGB, as CSS color-mix(in srgb, …) mixes them. The status chips' text and tints
// are their palette hue darkened or lightened by this, so each hue is written once, in palette.ts.

const channels = (hex: string): readonly number[] => {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  return match.slice(1).map((pair) => Number.parseInt(pair, 16));
};

/** `colour` with `share` (0–1) of `other` mixed in, as #rrggbb. */
export function mixHex(colour: string, other: string, share: number): string {
  const into = channels(other);
  return `#${channels(colour)
    .map((value, i) => Math.round(value + ((into[i] ?? value) - value) * share))
    .map((value) => value.toString(16).padStart(2, '0'))
    .join('')}`;
}

/** The hue darkened: `share` of black mixed in. */
export const darken = (hex: string, share: number): string => mixHex(hex, '#000000', share);

/** The hue lightened: `share` of white mixed in. */
export const lighten = (hex: string, share: number): string => mixHex(hex, '#ffffff', share);
