// A PDF's text layer as the plan reader needs it, whatever extracted it: each page's text items with
// their positions. The pure steps (items → lines → paragraphs and table rows) work on this, never on pdf.js.

/** One run of text as the PDF draws it: `x` its left edge, `y` its baseline (from the page's bottom). */
export interface PdfTextItem {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  /** The glyphs' height in points (the font size). */
  readonly fontSize: number;
}

export interface PdfPageText {
  /** 1-based page number. */
  readonly number: number;
  readonly items: readonly PdfTextItem[];
}

/** The items of one baseline, left to right, with the page they are on. */
export interface TextLine {
  readonly page: number;
  readonly y: number;
  readonly fontSize: number;
  readonly items: readonly PdfTextItem[];
  readonly left: number;
  readonly right: number;
  /** The items' text joined, with a space where the gap between two items says so. */
  readonly text: string;
}
