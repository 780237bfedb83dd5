// One line of a plan's body as an outline entry: its numbering ("II.", "1.1.", "a)", "-", "+") decides
// how deep it sits; a line without numbering is prose, unless it opens with "Chỉ số nội dung/thành phần".

import { opensWithIndexWords } from './index-heading.ts';

export type OutlineMarker = 'roman' | 'number' | 'letter' | 'dash' | 'plus' | 'index-words' | 'none';

/** A non-empty line of the document with its numbering taken off. */
export interface OutlineLine {
  /** 1-based line of the document (the review's "dòng"). */
  readonly line: number;
  readonly marker: OutlineMarker;
  /** Smaller is higher in the outline: roman 0, "1." 1, "1.1." 2, a) 10, - 20, + 21, prose 30. */
  readonly depth: number;
  /** The text after the numbering, spaces collapsed. */
  readonly text: string;
}

const ROMAN = /^([IVX]{1,4})\s*[.)–-]\s*(.+)$/u;
const MULTI_NUMBER = /^(\d{1,2}(?:\.\d{1,2})+)\.?\s+(.+)$/u;
const SINGLE_NUMBER = /^(\d{1,2})\s*[.)]\s*(.+)$/u;
const LETTER = /^([a-zđ])\s*[).]\s+(.+)$/u;
const DASH = /^[-–—•·▪◦●]\s*(.+)$/u;
const PLUS = /^\+\s*(.+)$/u;
// An unnumbered heading of a dimension or sub-dimension ("Chỉ số nội dung 2 …"): between "1." and "a)".
const INDEX_WORDS_DEPTH = 9;

/** The outline entry of one line; null for a blank line. */
export function readOutlineLine(raw: string, line: number): OutlineLine | null {
  const text = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (text === '') return null;
  const entry = (marker: OutlineMarker, depth: number, rest: string): OutlineLine => ({
    line,
    marker,
    depth,
    text: rest.trim(),
  });
  const roman = ROMAN.exec(text);
  if (roman) return entry('roman', 0, roman[2] ?? '');
  const multi = MULTI_NUMBER.exec(text);
  if (multi) return entry('number', (multi[1] ?? '').split('.').length, multi[2] ?? '');
  const single = SINGLE_NUMBER.exec(text);
  if (single) return entry('number', 1, single[2] ?? '');
  const letter = LETTER.exec(text);
  if (letter) return entry('letter', 10, letter[2] ?? '');
  const plus = PLUS.exec(text);
  if (plus) return entry('plus', 21, plus[1] ?? '');
  const dash = DASH.exec(text);
  if (dash) return entry('dash', 20, dash[1] ?? '');
  if (opensWithIndexWords(text)) return entry('index-words', INDEX_WORDS_DEPTH, text);
  return entry('none', 30, text);
}

/** A line with the lines nested under it (those after it that sit deeper, up to the next one as high). */
export interface OutlineNode {
  readonly entry: OutlineLine;
  readonly children: OutlineNode[];
}

/** The document's lines as a forest by depth. */
export function buildOutline(entries: readonly OutlineLine[]): OutlineNode[] {
  const roots: OutlineNode[] = [];
  const stack: OutlineNode[] = [];
  for (const entry of entries) {
    const node: OutlineNode = { entry, children: [] };
    while (stack.length > 0 && (stack[stack.length - 1]?.entry.depth ?? 0) >= entry.depth) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(node);
    else roots.push(node);
    stack.push(node);
  }
  return roots;
}
