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

/**
 * Every text with the span it takes on its line: its anchor (translate plus its own x and y) and, from its
 * anchor side, a generous width of 0.6 em per letter at its font size.
 */
export function svgTextSpans(svg: string): { text: string; left: number; right: number; y: number }[] {
  return [...svg.matchAll(/<text ([^>]*)>([^<]*)<\/text>/g)].map((m) => {
    const attrs = m[1] ?? '';
    const text = (m[2] ?? '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    const [tx, ty] = (/translate\(([-\d.]+) ([-\d.]+)\)/.exec(attrs) ?? []).slice(1).map(Number);
    const x = (tx ?? 0) + Number(/ x="([-\d.]+)"/.exec(attrs)?.[1] ?? 0);
    const y = (ty ?? 0) + Number(/ y="([-\d.]+)"/.exec(attrs)?.[1] ?? 0);
    const width = text.length * Number(/font-size:(\d+)px/.exec(attrs)?.[1] ?? 12) * 0.6;
    const anchor = /text-anchor="(\w+)"/.exec(attrs)?.[1] ?? 'start';
    const left = anchor === 'end' ? x - width : anchor === 'middle' ? x - width / 2 : x;
    return { text, left, right: left + width, y };
  });
}

/** The mark centred on (x, y), within half a pixel. */
export function markAt(marks: readonly SvgMark[], x: number, y: number): SvgMark | undefined {
  return marks.find((mark) => Math.abs(mark.x - x) < 0.5 && Math.abs(mark.y - y) < 0.5);
}
