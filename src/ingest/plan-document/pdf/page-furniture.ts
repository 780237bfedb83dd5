// Page headers and footers are not the plan's text: a page number at the top or bottom of a page
// ("2", "- 2 -", "Trang 2/5"), or a line repeated at the top or bottom of (nearly) every page.

import type { TextLine } from './pdf-text.ts';

const PAGE_NUMBER = /^[-–—\s]*(?:trang|page)?\s*\d{1,4}(?:\s*(?:\/|of|trên)\s*\d{1,4})?[-–—\s]*$/iu;
// How many lines at each edge of a page may be furniture.
const EDGE_LINES = 2;
// Running headers are short; a longer repeated line is more likely a table's header row repeated on each page.
const MAX_RUNNING_HEADER_CHARS = 60;

const shape = (text: string): string => text.replace(/\d+/g, '#').replace(/\s+/g, '').toLowerCase();

const edgesOf = (lines: readonly TextLine[]): TextLine[] =>
  lines.length <= EDGE_LINES * 2 ? [...lines] : [...lines.slice(0, EDGE_LINES), ...lines.slice(-EDGE_LINES)];

/** The pages' lines (top to bottom, one array per page) without their headers, footers and page numbers. */
export function dropPageFurniture(pages: readonly (readonly TextLine[])[]): TextLine[][] {
  // On how many pages each shape shows at an edge.
  const pagesWith = new Map<string, number>();
  for (const lines of pages)
    for (const key of new Set(edgesOf(lines).map((line) => shape(line.text))))
      pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1);
  // Repeated on every page, or on every page but one (the first page of a letter has no page header).
  const repeatedOn = Math.max(2, pages.length - 1);
  return pages.map((lines) => {
    const edges = new Set(edgesOf(lines));
    return lines.filter(
      (line) =>
        !edges.has(line) ||
        !(
          PAGE_NUMBER.test(line.text) ||
          (line.text.length <= MAX_RUNNING_HEADER_CHARS &&
            (pagesWith.get(shape(line.text)) ?? 0) >= repeatedOn)
        ),
    );
  });
}
