// The quarterly report as a .docx (the `docx` package, imported only here and only when a report is made):
// the Nghị định 30/2020 header in a borderless two-column table, "BÁO CÁO" and its summary line, the body
// blocks of the model, the figures as PNG images, then Nơi nhận beside the signer.
import type * as Docx from 'docx';
import {
  BODY_PT,
  FONT_FACE,
  HEADER_PT,
  MARGIN_BOTTOM_MM,
  MARGIN_LEFT_MM,
  MARGIN_RIGHT_MM,
  MARGIN_TOP_MM,
  mmToPx,
  mmToTwip,
  PAGE_HEIGHT_MM,
  PAGE_WIDTH_MM,
  RECIPIENTS_PT,
  TABLE_PT,
  TEXT_WIDTH_MM,
} from './report-page';
import type { QuarterlyReportModel, ReportBlock, ReportTable } from './report-model';

/** A finished figure (the export's 16:9 slide PNG), its title (alt text) and its caption ("Hình 1. …"). */
export interface ReportFigure {
  title: string;
  caption: string;
  png: Uint8Array;
}

type DocxModule = typeof Docx;
type Child = Docx.Paragraph | Docx.Table;

const half = (pt: number): number => pt * 2;
const FIGURE_RATIO = 9 / 16;
const SIGNATURE_LINES = 4;
const WIDE_FIGURE_MM = TEXT_WIDTH_MM;
const PAIRED_FIGURE_MM = (TEXT_WIDTH_MM - 6) / 2;

function noBorders(d: DocxModule) {
  return d.TableBorders.NONE;
}

function line(
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
function rule(d: DocxModule, indentMm: number): Docx.Paragraph {
  return new d.Paragraph({
    indent: { left: mmToTwip(indentMm), right: mmToTwip(indentMm) },
    border: { top: { style: d.BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    spacing: { after: 60 },
    children: [],
  });
}

/** A share of the text width in twips: widths in absolute units read the same in Word and LibreOffice. */
const twipsOf = (percent: number): number => mmToTwip((TEXT_WIDTH_MM * percent) / 100);

/** A table across the text width with columns of these shares (percent). */
function fullWidth(d: DocxModule, percents: readonly number[]) {
  return {
    width: { size: twipsOf(100), type: d.WidthType.DXA },
    columnWidths: percents.map(twipsOf),
    layout: d.TableLayoutType.FIXED,
  };
}

function cell(d: DocxModule, children: Docx.Paragraph[], widthPct: number): Docx.TableCell {
  return new d.TableCell({ children, width: { size: twipsOf(widthPct), type: d.WidthType.DXA } });
}

function header(d: DocxModule, model: QuarterlyReportModel): Child[] {
  const left = [
    line(d, model.issuerParent, { pt: HEADER_PT }),
    line(d, model.issuer, { pt: HEADER_PT, bold: true }),
    rule(d, 22),
    line(d, model.number, { pt: HEADER_PT }),
  ];
  const right = [
    line(d, model.nation, { pt: HEADER_PT, bold: true }),
    line(d, model.motto, { pt: BODY_PT, bold: true }),
    rule(d, 17),
    line(d, model.placeDate, { pt: BODY_PT, italics: true }),
  ];
  return [
    new d.Table({
      ...fullWidth(d, [40, 60]),
      borders: noBorders(d),
      rows: [new d.TableRow({ children: [cell(d, left, 40), cell(d, right, 60)] })],
    }),
    line(d, model.kind, { bold: true }, { spacing: { before: 360 } }),
    line(d, model.summaryLine, { bold: true }),
    ...(model.sampleNote === null ? [] : [line(d, model.sampleNote, { bold: true, pt: TABLE_PT })]),
    rule(d, 60),
  ];
}

function body(d: DocxModule, text: string, bold = false): Docx.Paragraph {
  return new d.Paragraph({
    alignment: d.AlignmentType.JUSTIFIED,
    indent: { firstLine: mmToTwip(10) },
    spacing: { before: 60, after: 60 },
    children: [new d.TextRun({ text, bold, size: half(BODY_PT) })],
  });
}

function heading(d: DocxModule, text: string, level: 1 | 2): Docx.Paragraph {
  return new d.Paragraph({
    keepNext: true,
    indent: { firstLine: mmToTwip(10) },
    spacing: { before: level === 1 ? 240 : 120, after: 60 },
    children: [new d.TextRun({ text, bold: true, italics: level === 2, size: half(BODY_PT) })],
  });
}

function tableCell(
  d: DocxModule,
  text: string,
  first: boolean,
  bold: boolean,
  widthPct: number,
): Docx.TableCell {
  return new d.TableCell({
    width: { size: twipsOf(widthPct), type: d.WidthType.DXA },
    verticalAlign: d.VerticalAlignTable.CENTER,
    ...(bold ? { shading: { type: d.ShadingType.CLEAR, color: 'auto', fill: 'E7E6E6' } } : {}),
    children: [
      new d.Paragraph({
        alignment: first ? d.AlignmentType.LEFT : d.AlignmentType.CENTER,
        children: [new d.TextRun({ text, bold, size: half(TABLE_PT) })],
      }),
    ],
  });
}

// The first column holds names (dimensions, agencies); the counts share the rest.
const NAME_COLUMN_PCT = 34;

function table(d: DocxModule, data: ReportTable): Child[] {
  const countPct = (100 - NAME_COLUMN_PCT) / Math.max(1, data.columns.length - 1);
  const percents = data.columns.map((_, index) => (index === 0 ? NAME_COLUMN_PCT : countPct));
  const row = (cells: readonly string[], bold: boolean, isHeader = false) =>
    new d.TableRow({
      tableHeader: isHeader,
      cantSplit: true,
      children: cells.map((text, index) =>
        tableCell(d, text, index === 0, bold, percents[index] ?? countPct),
      ),
    });
  return [
    new d.Table({
      ...fullWidth(d, percents),
      rows: [
        row(data.columns, true, true),
        ...data.rows.map((cells) => row(cells, false)),
        ...(data.total === undefined ? [] : [row(data.total, true)]),
      ],
    }),
    new d.Paragraph({
      spacing: { before: 60, after: 120 },
      children: [new d.TextRun({ text: data.note, italics: true, size: half(TABLE_PT) })],
    }),
  ];
}

function image(d: DocxModule, figure: ReportFigure, widthMm: number, number: number) {
  const width = mmToPx(widthMm);
  return [
    new d.Paragraph({
      alignment: d.AlignmentType.CENTER,
      keepNext: true,
      children: [
        new d.ImageRun({
          type: 'png',
          data: figure.png,
          transformation: { width, height: Math.round(width * FIGURE_RATIO) },
          altText: { name: `figure-${String(number)}`, title: figure.title, description: figure.title },
        }),
      ],
    }),
    line(d, figure.caption, { pt: TABLE_PT, italics: true }, { spacing: { after: 120 } }),
  ];
}

/** The first figure across the text width, the rest two by two in a borderless table. */
function figures(d: DocxModule, list: readonly ReportFigure[]) {
  const [first, ...rest] = list;
  if (first === undefined) return [];
  const pairs: ReportFigure[][] = [];
  for (let index = 0; index < rest.length; index += 2) pairs.push(rest.slice(index, index + 2));
  return [
    ...image(d, first, WIDE_FIGURE_MM, 1),
    ...(pairs.length === 0
      ? []
      : [
          new d.Table({
            ...fullWidth(d, [50, 50]),
            borders: noBorders(d),
            rows: pairs.map(
              (pair, row) =>
                new d.TableRow({
                  cantSplit: true,
                  children: [0, 1].map((column) => {
                    const figure = pair[column];
                    const number = 2 + row * 2 + column;
                    return cell(
                      d,
                      figure === undefined
                        ? [new d.Paragraph({ children: [] })]
                        : image(d, figure, PAIRED_FIGURE_MM, number),
                      50,
                    );
                  }),
                }),
            ),
          }),
        ]),
  ];
}

function blockChildren(d: DocxModule, block: ReportBlock, list: readonly ReportFigure[]): Child[] {
  switch (block.kind) {
    case 'heading':
      return [heading(d, block.text, 1)];
    case 'subheading':
      return [heading(d, block.text, 2)];
    case 'paragraph':
      return [body(d, block.text, block.bold ?? false)];
    case 'table':
      return table(d, block.table);
    case 'figures':
      return figures(d, list);
  }
}

function closing(d: DocxModule, model: QuarterlyReportModel): Child {
  const left = [
    new d.Paragraph({
      children: [new d.TextRun({ text: model.recipientsLabel, bold: true, italics: true, size: half(12) })],
    }),
    ...model.recipients.map(
      (text) => new d.Paragraph({ children: [new d.TextRun({ text, size: half(RECIPIENTS_PT) })] }),
    ),
  ];
  // Room under the title for the signature and the signer's name, written by hand or by the office.
  const right = [
    line(d, model.signer, { bold: true }),
    ...Array.from({ length: SIGNATURE_LINES }, () => new d.Paragraph({ children: [] })),
  ];
  return new d.Table({
    ...fullWidth(d, [50, 50]),
    borders: noBorders(d),
    rows: [new d.TableRow({ cantSplit: true, children: [cell(d, left, 50), cell(d, right, 50)] })],
  });
}

/** Writes the report, `figures` in order where the model's figures block stands; returns the file's bytes. */
export async function writeQuarterlyReportDocx(
  model: QuarterlyReportModel,
  list: readonly ReportFigure[],
): Promise<ArrayBuffer> {
  const d = await import('docx');
  const children: Child[] = [
    ...header(d, model),
    ...model.blocks.flatMap((block) => blockChildren(d, block, list)),
    new d.Paragraph({ spacing: { before: 240 }, children: [] }),
    closing(d, model),
  ];
  const document = new d.Document({
    creator: model.issuer,
    title: model.summaryLine,
    styles: {
      default: {
        document: {
          run: {
            font: FONT_FACE,
            size: half(BODY_PT),
            language: { value: model.lang === 'vi' ? 'vi-VN' : 'en-GB' },
          },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: mmToTwip(PAGE_WIDTH_MM), height: mmToTwip(PAGE_HEIGHT_MM) },
            margin: {
              top: mmToTwip(MARGIN_TOP_MM),
              bottom: mmToTwip(MARGIN_BOTTOM_MM),
              left: mmToTwip(MARGIN_LEFT_MM),
              right: mmToTwip(MARGIN_RIGHT_MM),
            },
          },
        },
        children,
      },
    ],
  });
  return d.Packer.toArrayBuffer(document);
}
