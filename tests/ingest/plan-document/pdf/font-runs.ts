// Vietnamese text drawn with pdf-lib: Be Vietnam Pro ships as per-script subsets (latin, latin-ext,
// vietnamese), so each character is drawn with the subset that has its glyph. pdf-lib embeds each subset
// with a ToUnicode map, so the PDF's text layer reads back as the text written.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont, PDFPage } from 'pdf-lib';

const SUBSETS = ['latin', 'latin-ext', 'vietnamese'] as const;
const FONT_DIR = join(
  dirname(createRequire(import.meta.url).resolve('@fontsource/be-vietnam-pro/package.json')),
  'files',
);

/** The subsets embedded in one document, and how to measure and draw text with them. */
export interface VietnameseFont {
  widthOf(text: string, size: number): number;
  draw(page: PDFPage, text: string, x: number, y: number, size: number): void;
}

export async function embedVietnameseFont(document: PDFDocument): Promise<VietnameseFont> {
  document.registerFontkit(fontkit);
  const files = SUBSETS.map((subset) =>
    readFileSync(join(FONT_DIR, `be-vietnam-pro-${subset}-400-normal.woff`)),
  );
  const glyphs = files.map((file) => fontkit.create(file));
  const fonts = await Promise.all(files.map((file) => document.embedFont(file, { subset: true })));

  /** The text cut into runs each drawn with one subset (a space stays with the run it is in). */
  const runsOf = (text: string): { font: PDFFont; text: string }[] => {
    const runs: { font: PDFFont; text: string }[] = [];
    for (const char of text.normalize('NFC')) {
      const last = runs[runs.length - 1];
      const index = glyphs.findIndex((font) => font.hasGlyphForCodePoint(char.codePointAt(0) ?? 0));
      if (index < 0) throw new Error(`No glyph for "${char}" in Be Vietnam Pro`);
      const font = fonts[index] as PDFFont;
      if (last && (last.font === font || char === ' ')) last.text += char;
      else runs.push({ font, text: char });
    }
    return runs;
  };

  return {
    widthOf: (text, size) =>
      runsOf(text).reduce((sum, run) => sum + run.font.widthOfTextAtSize(run.text, size), 0),
    draw(page, text, x, y, size) {
      let at = x;
      for (const run of runsOf(text)) {
        page.drawText(run.text, { x: at, y, size, font: run.font });
        at += run.font.widthOfTextAtSize(run.text, size);
      }
    },
  };
}
