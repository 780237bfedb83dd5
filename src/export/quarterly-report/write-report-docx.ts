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
  mmToTwip,
  PAGE_HEIGHT_MM,
  PAGE_WIDTH_MM,
  RECIPIENTS_PT,
  TABLE_PT,
} from './report-page.ts';
import {
  cell,
  fullWidth,
  half,
  line,
  noBorders,
  rule,
  twipsOf,
  type Child,
  type DocxModule,
} from './docx-parts.ts';
import { figures, type ReportFigure } from './docx-figures.ts';
import type { QuarterlyReportModel, ReportBlock, ReportTable } from './report-model.ts';

export type { ReportFigure } from './docx-figures.ts';

const SIGNATURE_LINES = 4;
const NATION_PT = 12;

function header(d: DocxModule, model: QuarterlyReportModel): Child[] {
  const left = [
    line(d, model.issuerParent, { pt: HEADER_PT }),
    line(d, model.issuer, { pt: HEADER_PT, bold: true }),
    rule(d, 22),
    line(d, model.number, { pt: HEADER_PT }),
  ];
  const right = [
    // Quốc hiệu at 12 pt (Nghị định 30 allows 12-13) keeps it on one line in the right column, as the decree's sample shows.
    line(d, model.nation, { pt: NATION_PT, bold: true }),
    line(d, model.motto, { pt: BODY_PT, bold: true }),
    rule(d, 17),
    line(d, model.placeDate, { pt: BODY_PT, italics: true }),
  ];
  return [
    new d.Table({
      ...fullWidth(d, [36, 64]),
      borders: noBorders(d),
      rows: [new d.TableRow({ children: [cell(d, left, 36), cell(d, right, 64)] })],
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
