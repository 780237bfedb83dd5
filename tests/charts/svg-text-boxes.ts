// Where each text of an ECharts SVG sits, and what a reader of the figure would see wrong with it: two texts
// drawn over each other, a text running off the figure's edge, a text cut short ("..." or "…").
import { measureExportText } from './export-font-metrics.ts';

/** One drawn text and its box in the figure's pixels. */
export interface TextBox {
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Overlaps and edge crossings smaller than this are anti-aliasing, not a collision a reader notices. */
const TOLERANCE_PX = 2;
/** The ellipsis ECharts' overflow 'truncate' appends ("..." by default) or a hand-made "…". */
const CUT_SHORT = /(\.\.\.|…)$/;

const decode = (text: string): string =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** The font of a zrender text's style attribute ("font-size:12px;font-weight:bold;…" or "font: …"). */
function fontOf(style: string): string {
  const shorthand = /(?:^|;)\s*font:\s*([^;]+)/.exec(style);
  if (shorthand?.[1] !== undefined) return shorthand[1];
  const size = /font-size:\s*([\d.]+px)/.exec(style)?.[1] ?? '12px';
  const weight = /font-weight:\s*([^;]+)/.exec(style)?.[1] ?? 'normal';
  return `${weight} ${size}`;
}

/** The 2×3 matrix of a zrender transform attribute: "translate(x y)" or "matrix(a,b,c,d,e,f)". */
function matrixOf(transform: string | undefined): [number, number, number, number, number, number] {
  const numbers = (transform ?? '').match(/-?[\d.]+(?:e-?\d+)?/g)?.map(Number) ?? [];
  if (transform?.startsWith('matrix') === true && numbers.length === 6) {
    const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = numbers;
    return [a, b, c, d, e, f];
  }
  return [1, 0, 0, 1, numbers[0] ?? 0, numbers[1] ?? 0];
}

/**
 * Every visible <text> of `svg` with its box: width from the export font's metrics, height one font size
 * around the central baseline zrender writes, moved by the element's transform (rotated texts: their bounds).
 */
export function svgTextBoxes(svg: string): TextBox[] {
  const boxes: TextBox[] = [];
  for (const match of svg.matchAll(/<text([^>]*)>([^<]*)<\/text>/g)) {
    const attrs = new Map([...(match[1] ?? '').matchAll(/([\w:-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    const text = decode(match[2] ?? '');
    if (text.trim() === '' || attrs.get('opacity') === '0' || attrs.get('fill-opacity') === '0') continue;
    const font = fontOf(attrs.get('style') ?? '');
    const sizePx = Number(/([\d.]+)px/.exec(font)?.[1] ?? 12);
    const width = measureExportText(text, font);
    const x = Number(attrs.get('x') ?? 0);
    const y = Number(attrs.get('y') ?? 0);
    const anchor = attrs.get('text-anchor');
    const left = anchor === 'middle' ? x - width / 2 : anchor === 'end' ? x - width : x;
    const [a, b, c, d, e, f] = matrixOf(attrs.get('transform'));
    const corners = [
      [left, y - sizePx / 2],
      [left + width, y - sizePx / 2],
      [left, y + sizePx / 2],
      [left + width, y + sizePx / 2],
    ].map(([px = 0, py = 0]) => [a * px + c * py + e, b * px + d * py + f] as const);
    const xs = corners.map(([cx]) => cx);
    const ys = corners.map(([, cy]) => cy);
    boxes.push({
      text,
      left: Math.min(...xs),
      right: Math.max(...xs),
      top: Math.min(...ys),
      bottom: Math.max(...ys),
    });
  }
  return boxes;
}

const round = (value: number): number => Math.round(value);
const describeBox = (box: TextBox): string =>
  `"${box.text}" [${round(box.left)}–${round(box.right)} × ${round(box.top)}–${round(box.bottom)}]`;

/** What a reader would see wrong with the texts of a `widthPx`×`heightPx` figure, one line per problem. */
export function findTextLayoutProblems(
  boxes: readonly TextBox[],
  widthPx: number,
  heightPx: number,
): string[] {
  const problems: string[] = [];
  boxes.forEach((box, index) => {
    if (CUT_SHORT.test(box.text)) problems.push(`cut short: ${describeBox(box)}`);
    if (
      box.left < -TOLERANCE_PX ||
      box.top < -TOLERANCE_PX ||
      box.right > widthPx + TOLERANCE_PX ||
      box.bottom > heightPx + TOLERANCE_PX
    ) {
      problems.push(`crosses the ${widthPx}×${heightPx} edge: ${describeBox(box)}`);
    }
    for (const other of boxes.slice(index + 1)) {
      const overlapX = Math.min(box.right, other.right) - Math.max(box.left, other.left);
      const overlapY = Math.min(box.bottom, other.bottom) - Math.max(box.top, other.top);
      if (overlapX > TOLERANCE_PX && overlapY > TOLERANCE_PX) {
        problems.push(`overlap: ${describeBox(box)} and ${describeBox(other)}`);
      }
    }
  });
  return problems;
}
