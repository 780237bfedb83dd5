// Text items → lines in reading order: items on one baseline joined (a space where the gap is one),
// baselines top to bottom. A wide gap on a baseline separates text set side by side (the two columns of
// an official letterhead), which are read as separate lines.

import type { PdfPageText, PdfTextItem, TextLine } from './pdf-text.ts';

// Items whose baselines differ by less than this share of the font size are on one line.
const SAME_BASELINE_EM = 0.35;
// A gap wider than this share of the font size is a space between words.
const SPACE_GAP_EM = 0.15;
// A gap wider than this many font sizes separates side-by-side blocks, never words of one sentence.
const BLOCK_GAP_EM = 3;

const rightOf = (item: PdfTextItem): number => item.x + item.width;

/** The items' text, left to right, with a space where two items are a word apart. */
export function joinItems(items: readonly PdfTextItem[]): string {
  let text = '';
  let previous: PdfTextItem | undefined;
  for (const item of items) {
    const gap = previous === undefined ? 0 : item.x - rightOf(previous);
    const spaced = /\s$/.test(text) || /^\s/.test(item.text);
    if (previous !== undefined && !spaced && gap > SPACE_GAP_EM * item.fontSize) text += ' ';
    text += item.text;
    previous = item;
  }
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** A line of these items (sorted left to right). */
export function textLine(page: number, items: readonly PdfTextItem[]): TextLine {
  const sorted = [...items].sort((a, b) => a.x - b.x);
  const fontSize = Math.max(...sorted.map((item) => item.fontSize));
  return {
    page,
    y: sorted[0]?.y ?? 0,
    fontSize,
    items: sorted,
    left: Math.min(...sorted.map((item) => item.x)),
    right: Math.max(...sorted.map(rightOf)),
    text: joinItems(sorted),
  };
}

/** Every baseline of a page, top to bottom, each with all its items (blank items left out). */
export function baselinesOf(page: PdfPageText): TextLine[] {
  const items = page.items.filter((item) => item.text.trim() !== '' && item.fontSize > 0);
  const groups: PdfTextItem[][] = [];
  // Sorted top to bottom, an item is on the baseline of the group before it or starts the next one.
  for (const item of [...items].sort((a, b) => b.y - a.y || a.x - b.x)) {
    const group = groups[groups.length - 1];
    const first = group?.[0];
    const near =
      first !== undefined && first.y - item.y < SAME_BASELINE_EM * Math.max(first.fontSize, item.fontSize);
    if (group && near) group.push(item);
    else groups.push([item]);
  }
  return groups.map((group) => textLine(page.number, group)).sort((a, b) => b.y - a.y);
}

/** A baseline split where a wide gap separates side-by-side blocks, left block first. */
export function blocksOf(line: TextLine): TextLine[] {
  const blocks: PdfTextItem[][] = [];
  let previous: PdfTextItem | undefined;
  for (const item of line.items) {
    const gap = previous === undefined ? 0 : item.x - rightOf(previous);
    if (previous === undefined || gap > BLOCK_GAP_EM * item.fontSize) blocks.push([item]);
    else blocks[blocks.length - 1]?.push(item);
    previous = item;
  }
  return blocks.map((items) => textLine(line.page, items));
}
