// The report's figures in Word: the first (the scatter) across the text width, the others two by two in a
// borderless table, each a 16:9 PNG with its caption under it and its title as alt text.
import { cell, fullWidth, line, noBorders, type DocxModule } from './docx-parts.ts';
import { mmToPx, TABLE_PT, TEXT_WIDTH_MM } from './report-page.ts';

/** A finished figure (the export's 16:9 slide PNG), its title (alt text) and its caption ("Hình 1. …"). */
export interface ReportFigure {
  title: string;
  caption: string;
  png: Uint8Array;
}

const FIGURE_RATIO = 9 / 16;
const WIDE_FIGURE_MM = TEXT_WIDTH_MM;
const PAIRED_FIGURE_MM = (TEXT_WIDTH_MM - 6) / 2;

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
export function figures(d: DocxModule, list: readonly ReportFigure[]) {
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
