// Reads an SVG the tile and strip charts rendered: each drawn mark's fill, stroke and centre, each text's
// centre, so a test can say which square (found by its label or its place) got which colour.

export interface SvgMark {
  fill: string;
  stroke: string | null;
  x: number;
  y: number;
}

/** The chart's data marks (not the legend's icons): symbols drawn with a matrix transform. */
export function svgMarks(svg: string): SvgMark[] {
  return [...svg.matchAll(/<path [^>]*transform="matrix\(([^)]*)\)"[^>]*>/g)]
    .filter((m) => m[0].includes('ecmeta_ssr_type="chart"'))
    .map((m) => {
      const parts = (m[1] ?? '').split(',').map(Number);
      return {
        fill: (/ fill="([^"]*)"/.exec(m[0])?.[1] ?? '').toUpperCase(),
        stroke: /stroke="([^"]*)"/.exec(m[0])?.[1]?.toUpperCase() ?? null,
        x: parts[4] ?? Number.NaN,
        y: parts[5] ?? Number.NaN,
      };
    });
}

/** Every text with its anchor point (translate), entities decoded. */
export function svgLabels(svg: string): { text: string; x: number; y: number }[] {
  return [
    ...svg.matchAll(/<text [^>]*transform="translate\(([-\d.]+) ([-\d.]+)\)"[^>]*>([^<]*)<\/text>/g),
  ].map((m) => ({
    text: (m[3] ?? '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'),
    x: Number(m[1]),
    y: Number(m[2]),
  }));
}

/** The mark centred on (x, y), within half a pixel. */
export function markAt(marks: readonly SvgMark[], x: number, y: number): SvgMark | undefined {
  return marks.find((mark) => Math.abs(mark.x - x) < 0.5 && Math.abs(mark.y - y) < 0.5);
}
