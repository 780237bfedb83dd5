// Lines → the paragraphs a word processor had: a PDF breaks a paragraph into one line per row of the page,
// the plan reader wants it whole ("a) Tuyên truyền … cơ sở." on one line, a two-line centred title as one).
// A line joins the one above when it opens with no numbering and the line above was wrapped: it runs to the
// right edge of the text and the line starts under it (a left-aligned or justified paragraph), or both are
// centred and in the same case (a title over two lines, but not "KẾ HOẠCH" above its title).

import { readOutlineLine } from '../body-form/outline-line.ts';
import type { TextLine } from './pdf-text.ts';
import { blocksOf } from './text-lines.ts';

// A wrapped line ends less than this many font sizes before the right edge (the next word did not fit).
const WRAP_SLACK_EM = 4;
// A continuation line starts no further right than this past the line above (a new paragraph is indented).
const INDENT_EM = 0.5;
// A continuation line starts no further left than this before the line above (a first-line indent).
const OUTDENT_EM = 4;
// Centred: the line's middle is this close to the middle of the text.
const CENTRE_EM = 1;
// Lines further apart than this many font sizes belong to different paragraphs.
const MAX_PITCH_EM = 2.5;

interface Edges {
  readonly left: number;
  readonly right: number;
}

const isUpperCase = (text: string): boolean => text === text.toLocaleUpperCase('vi') && /\p{L}/u.test(text);

/** Whether `line` continues the paragraph of `above`, on a page whose text spans `edges`. */
function continues(above: TextLine, line: TextLine, edges: Edges): boolean {
  const em = line.fontSize;
  if (readOutlineLine(line.text, 0)?.marker !== 'none') return false;
  if (Math.abs(above.fontSize - line.fontSize) > 0.1 * em) return false;
  if (above.page === line.page && above.y - line.y > MAX_PITCH_EM * em) return false;
  const wrappedLeft =
    above.right >= edges.right - WRAP_SLACK_EM * em &&
    line.left <= above.left + INDENT_EM * em &&
    line.left >= above.left - OUTDENT_EM * em;
  const middle = (edges.left + edges.right) / 2;
  const centred = (candidate: TextLine): boolean =>
    Math.abs((candidate.left + candidate.right) / 2 - middle) <= CENTRE_EM * em;
  const wrappedCentre =
    above.page === line.page &&
    centred(above) &&
    centred(line) &&
    !/[.:;]$/.test(above.text) &&
    isUpperCase(above.text) === isUpperCase(line.text);
  return wrappedLeft || wrappedCentre;
}

/**
 * The paragraphs of these baselines (in reading order, each page's lines together), as text. A baseline
 * holding blocks side by side (a letterhead's two columns) gives one paragraph per block.
 */
export function joinWrappedLines(baselines: readonly TextLine[]): string[] {
  const edgesByPage = new Map<number, Edges>();
  for (const line of baselines) {
    const edges = edgesByPage.get(line.page);
    edgesByPage.set(line.page, {
      left: Math.min(edges?.left ?? Infinity, line.left),
      right: Math.max(edges?.right ?? -Infinity, line.right),
    });
  }
  const paragraphs: string[] = [];
  let above: TextLine | undefined;
  for (const baseline of baselines) {
    const blocks = blocksOf(baseline);
    const [line] = blocks;
    if (blocks.length > 1 || line === undefined) {
      paragraphs.push(...blocks.map((block) => block.text));
      above = undefined;
      continue;
    }
    const edges = edgesByPage.get(above?.page ?? line.page) ?? { left: line.left, right: line.right };
    if (above !== undefined && continues(above, line, edges))
      paragraphs[paragraphs.length - 1] += ` ${line.text}`;
    else paragraphs.push(line.text);
    above = line;
  }
  return paragraphs;
}
