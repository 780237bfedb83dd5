// The small pieces every part of the report's Word file is built from: centred lines, the decree's short
// rules, borderless cells and tables across the text width (in twips, which Word and LibreOffice read alike).
// Types only from `docx`: the module itself is handed in, loaded when a report is made.
import type * as Docx from 'docx';
import { BODY_PT, mmToTwip, TEXT_WIDTH_MM } from './report-page.ts';

/** The `docx` module, as `await import('docx')` gives it. */
export type DocxModule = typeof Docx;
export type Child = Docx.Paragraph | Docx.Table;

/** Word sizes type in half-points. */
export const half = (pt: number): number => pt * 2;

/** A table drawn without any border (the header, the figures, Nơi nhận). */
export function noBorders(d: DocxModule) {
  return d.TableBorders.NONE;
}

/** One centred line of text (the header's lines, captions, the signer). */
export function line(
  d: DocxModule,
  text: string,
  options: { pt?: number; bold?: boolean; italics?: boolean; underline?: boolean } = {},
  paragraph: Partial<Docx.IParagraphOptions> = {},
): Docx.Paragraph {
  return new d.Paragraph({
    alignment: d.AlignmentType.CENTER,
    ...paragraph,
    children: [
      new d.TextRun({
        text,
        size: half(options.pt ?? BODY_PT),
        bold: options.bold ?? false,
        italics: options.italics ?? false,
        ...(options.underline === true ? { underline: {} } : {}),
      }),
    ],
  });
}

/** A short centred rule under a header line, as the decree draws one under the issuer and the motto. */
export function rule(d: DocxModule, indentMm: number): Docx.Paragraph {
  return new d.Paragraph({
    indent: { left: mmToTwip(indentMm), right: mmToTwip(indentMm) },
    border: { top: { style: d.BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    spacing: { after: 60 },
    children: [],
  });
}

/** A share of the text width in twips: widths in absolute units read the same in Word and LibreOffice. */
export const twipsOf = (percent: number): number => mmToTwip((TEXT_WIDTH_MM * percent) / 100);

/** A table across the text width with columns of these shares (percent). */
export function fullWidth(d: DocxModule, percents: readonly number[]) {
  return {
    width: { size: twipsOf(100), type: d.WidthType.DXA },
    columnWidths: percents.map(twipsOf),
    layout: d.TableLayoutType.FIXED,
  };
}

/** A cell of `widthPct` percent of the text width. */
export function cell(d: DocxModule, children: Docx.Paragraph[], widthPct: number): Docx.TableCell {
  return new d.TableCell({ children, width: { size: twipsOf(widthPct), type: d.WidthType.DXA } });
}
