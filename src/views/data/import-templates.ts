// A template per kind of file: the Vietnamese headers the importer knows best and two example rows
// that say they are examples (so a user who keeps them sees where they came from).

import { HEADER_ALIASES, type CanonicalColumn } from '../../ingest/read/header-aliases.ts';
import { COMMA_CSV_STYLE, csvText } from '../../export/csv-writer.ts';
import { sheetXlsxBytes } from '../../export/sheet-xlsx.ts';

export const TEMPLATE_KINDS = ['task_progress', 'scores', 'plan_tasks'] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

const EXAMPLE_NOTE = 'Dòng ví dụ: xóa trước khi nhập / Example row: delete before importing';

interface Template {
  readonly fileName: string;
  readonly columns: readonly CanonicalColumn[];
  readonly rows: readonly (readonly string[])[];
}

const TEMPLATES: Readonly<Record<TemplateKind, Template>> = {
  task_progress: {
    fileName: 'mau-tien-do-nhiem-vu.csv',
    columns: ['task_id', 'period', 'unit', 'status', 'percent', 'reported_on', 'note'],
    rows: [
      ['474-1.1-a', 'Quý IV/2025', 'Sở Tư pháp', 'Hoàn thành', '100', '15/01/2026', EXAMPLE_NOTE],
      ['474-1.2-a', 'Quý IV/2025', 'Huyện Cư Jút', 'Đang thực hiện', '60', '15/01/2026', EXAMPLE_NOTE],
    ],
  },
  scores: {
    fileName: 'mau-diem-papi.csv',
    columns: ['province', 'year', 'indicator', 'score', 'source', 'note'],
    rows: [
      ['Lâm Đồng', '2025', 'total', '41.2', 'PAPI 2025', EXAMPLE_NOTE],
      ['Lâm Đồng', '2025', '1', '5.1', 'PAPI 2025', EXAMPLE_NOTE],
    ],
  },
  plan_tasks: {
    fileName: 'mau-ke-hoach.csv',
    columns: [
      'task_id',
      'plan',
      'province',
      'target_year',
      'subdimension',
      'task',
      'executing_agencies',
      'timeframe',
    ],
    rows: [
      [
        'KH-1.1-a',
        '100/KH-UBND',
        'Lâm Đồng',
        '2026',
        '1.1',
        `Tuyên truyền pháp luật (${EXAMPLE_NOTE})`,
        'Sở Tư pháp',
        'Thường xuyên',
      ],
      [
        'KH-2.1-a',
        '100/KH-UBND',
        'Lâm Đồng',
        '2026',
        '2.1',
        `Công khai thông tin (${EXAMPLE_NOTE})`,
        'Sở Nội vụ',
        'Quý IV/2026',
      ],
    ],
  },
};

const templateRows = (template: Template): string[][] => [
  template.columns.map((column) => HEADER_ALIASES[column][0] ?? column),
  ...template.rows.map((row) => [...row]),
];

/** The template's file name and CSV text (BOM, Vietnamese headers, two example rows). */
export function importTemplate(kind: TemplateKind): { fileName: string; text: string } {
  const template = TEMPLATES[kind];
  return { fileName: template.fileName, text: csvText(templateRows(template), COMMA_CSV_STYLE) };
}

/** The same template as an .xlsx workbook (its writer loaded only when asked for), cells as text. */
export async function importTemplateXlsx(
  kind: TemplateKind,
): Promise<{ fileName: string; bytes: Uint8Array }> {
  const template = TEMPLATES[kind];
  const bytes = await sheetXlsxBytes(templateRows(template), 'Mẫu');
  return { fileName: template.fileName.replace(/\.csv$/, '.xlsx'), bytes };
}
