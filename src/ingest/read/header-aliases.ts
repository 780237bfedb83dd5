// The headers accepted for each canonical column, as offices write them (Vietnamese) and in English.
// Matching folds case, spaces, punctuation and diacritics (see foldKey), so "TỈNH/THÀNH PHỐ",
// "tinh thanh pho" and "Tỉnh, thành phố" are one alias. The README lists this table.

import { foldKey } from '../../domain/fold-text.ts';

export const CANONICAL_COLUMNS = [
  'province',
  'year',
  'indicator',
  'score',
  'source',
  'note',
  'task_id',
  'period',
  'unit',
  'status',
  'percent',
  'reported_on',
  'plan',
  'task',
  'dimension',
  'subdimension',
  'subdimension_label',
  'executing_agencies',
  'supervising_agencies',
  'timeframe',
  'timeframe_code',
  'target_year',
  'plan_goals',
] as const;

export type CanonicalColumn = (typeof CANONICAL_COLUMNS)[number];

/** Accepted headers per column; the first is the Vietnamese template header, the English name comes next. */
export const HEADER_ALIASES: Readonly<Record<CanonicalColumn, readonly string[]>> = {
  province: [
    'Tỉnh',
    'Province',
    'province_code',
    'Tỉnh, thành phố',
    'Tỉnh/TP',
    'Tỉnh thành',
    'Mã tỉnh',
    'Tên tỉnh',
  ],
  year: ['Năm', 'Year', 'Năm khảo sát', 'Survey year'],
  indicator: ['Chỉ số', 'Indicator', 'Mã chỉ số', 'Indicator code'],
  score: ['Điểm', 'Score', 'Điểm số', 'Giá trị', 'Value'],
  source: ['Nguồn', 'Source', 'Nguồn số liệu', 'Nguồn dữ liệu'],
  note: ['Ghi chú', 'Note', 'Notes', 'Remarks'],
  task_id: ['Mã nhiệm vụ', 'Task ID', 'Mã NV', 'Mã số nhiệm vụ', 'Task code'],
  period: ['Kỳ báo cáo', 'Period', 'Kỳ', 'Reporting period'],
  unit: ['Đơn vị', 'Unit', 'Đơn vị báo cáo', 'Đơn vị thực hiện', 'Reporting unit'],
  status: ['Trạng thái', 'Status', 'Tình trạng'],
  percent: [
    'Tỷ lệ %',
    'Percent',
    'Tỷ lệ hoàn thành',
    'Tỉ lệ hoàn thành',
    'Tỉ lệ',
    '% hoàn thành',
    'Mức độ hoàn thành',
    'Percent complete',
  ],
  reported_on: ['Ngày báo cáo', 'Reported on', 'Ngày', 'Report date', 'Date'],
  plan: ['Kế hoạch', 'Plan', 'Số kế hoạch', 'Số hiệu kế hoạch', 'Plan ID'],
  task: ['Nhiệm vụ', 'Task', 'Nội dung nhiệm vụ', 'Nội dung'],
  dimension: ['Chỉ số nội dung', 'Dimension', 'Lĩnh vực'],
  subdimension: ['Chỉ số thành phần', 'Subdimension', 'Sub-dimension'],
  subdimension_label: ['Tên chỉ số thành phần', 'Subdimension label'],
  executing_agencies: ['Cơ quan thực hiện', 'Executing agencies', 'Cơ quan chủ trì', 'Đơn vị chủ trì'],
  supervising_agencies: ['Cơ quan theo dõi', 'Supervising agencies', 'Cơ quan giám sát', 'Đơn vị theo dõi'],
  timeframe: ['Thời gian thực hiện', 'Timeframe', 'Thời hạn', 'Deadline'],
  timeframe_code: ['Mã thời gian', 'Timeframe code'],
  target_year: ['Năm mục tiêu', 'Target year'],
  plan_goals: ['Mục tiêu của kế hoạch', 'Plan goals'],
};

/** foldKey(alias) → column; every folded alias names one column (a test checks). */
const ALIAS_LOOKUP: ReadonlyMap<string, CanonicalColumn> = new Map(
  CANONICAL_COLUMNS.flatMap((column) =>
    [column, ...HEADER_ALIASES[column]].map((alias) => [foldKey(alias), column] as const),
  ),
);

/** The canonical column a header names, or null. */
export function columnOfHeader(header: string): CanonicalColumn | null {
  return ALIAS_LOOKUP.get(foldKey(header)) ?? null;
}
