// One inline file per validation error kind, with the one located problem each must yield.

import type { ImportProblem } from '../../src/ingest/read/import-problem.ts';

export const SCORES = 'Báo cáo điểm PAPI\nTỉnh;Năm;Chỉ số;Điểm\n';
export const PROGRESS = 'Mã nhiệm vụ;Kỳ báo cáo;Đơn vị;Trạng thái;Tỷ lệ %;Ngày báo cáo\n';

export type Expected = Pick<ImportProblem, 'row' | 'column' | 'key'> & { args?: ImportProblem['args'] };

// Rows are numbered as Excel shows them: the title line is row 1, the header row 2.
export const CASES: readonly { error: string; csv: string; problem: Expected }[] = [
  {
    error: 'unknown province, with the nearest name',
    csv: `${SCORES}Dak Nog;2024;1;5\n`,
    problem: {
      row: 3,
      column: 'Tỉnh',
      key: 'unknownProvince',
      args: { found: 'Dak Nog', suggestion: 'Đắk Nông' },
    },
  },
  {
    error: 'unknown indicator',
    csv: `${SCORES}P43;2024;9.9;5\n`,
    problem: {
      row: 3,
      column: 'Chỉ số',
      key: 'unknownIndicator',
      args: { found: '9.9', expected: 'total, 1–8, 1.1–8.3' },
    },
  },
  {
    error: 'dimension score outside 1-10',
    csv: `${SCORES}P43;2024;2;12\n`,
    problem: {
      row: 3,
      column: 'Điểm',
      key: 'scoreOutOfScale',
      args: { found: '12', expected: '1–10', indicator: '2' },
    },
  },
  {
    error: 'sub-dimension score outside its scale',
    csv: `${SCORES}P43;2024;1,1;2,6\n`,
    problem: {
      row: 3,
      column: 'Điểm',
      key: 'scoreOutOfScale',
      args: { found: '2,6', expected: '0.25–2.5', indicator: '1.1' },
    },
  },
  {
    error: 'total outside 8-80',
    csv: `${SCORES}P43;2024;total;7,9\n`,
    problem: {
      row: 3,
      column: 'Điểm',
      key: 'scoreOutOfScale',
      args: { found: '7,9', expected: '8–80', indicator: 'total' },
    },
  },
  {
    error: 'a wide cell outside its scale, located at its indicator column',
    csv: 'Tỉnh;Năm;Chỉ số 1;1,1\nP43;2024;5;3\n',
    problem: {
      row: 2,
      column: '1,1',
      key: 'scoreOutOfScale',
      args: { found: '3', expected: '0.25–2.5', indicator: '1.1' },
    },
  },
  {
    error: 'score not a number',
    csv: `${SCORES}P43;2024;1;năm\n`,
    problem: { row: 3, column: 'Điểm', key: 'badNumber' },
  },
  {
    error: 'year before 2009',
    csv: `${SCORES}P43;2008;1;5\n`,
    problem: { row: 3, column: 'Năm', key: 'yearOutOfRange', args: { found: '2008', expected: '2009–2100' } },
  },
  {
    error: 'year after 2100',
    csv: `${SCORES}P43;2101;1;5\n`,
    problem: { row: 3, column: 'Năm', key: 'yearOutOfRange' },
  },
  {
    error: 'percent above 100',
    csv: `${PROGRESS}474-1.1-a;2024-Q3;Sở Nội vụ;Đang thực hiện;120%;\n`,
    problem: {
      row: 2,
      column: 'Tỷ lệ %',
      key: 'percentOutOfRange',
      args: { found: '120%', expected: '0–100' },
    },
  },
  {
    error: 'percent below 0',
    csv: `${PROGRESS}474-1.1-a;2024-Q3;Sở Nội vụ;Đang thực hiện;-5;\n`,
    problem: { row: 2, column: 'Tỷ lệ %', key: 'percentOutOfRange' },
  },
  {
    error: 'unknown status',
    csv: `${PROGRESS}474-1.1-a;2024-Q3;Sở Nội vụ;Sắp xong;;\n`,
    problem: { row: 2, column: 'Trạng thái', key: 'unknownStatus' },
  },
  {
    error: 'unknown period',
    csv: `${PROGRESS}474-1.1-a;Quý 5/2024;Sở Nội vụ;Hoàn thành;;\n`,
    problem: { row: 2, column: 'Kỳ báo cáo', key: 'unknownPeriod' },
  },
  {
    error: 'impossible date',
    csv: `${PROGRESS}474-1.1-a;2024;Sở Nội vụ;Hoàn thành;;31/02/2024\n`,
    problem: { row: 2, column: 'Ngày báo cáo', key: 'badDate' },
  },
  {
    error: 'empty required cell',
    csv: `${PROGRESS}474-1.1-a;2024;;Hoàn thành;;\n`,
    problem: { row: 2, column: 'Đơn vị', key: 'missingValue' },
  },
  {
    error: 'task in no loaded plan',
    csv: `${PROGRESS}474-1.1-a;2024;Sở Nội vụ;Hoàn thành;;\n474-1.1-z;2024;Sở Nội vụ;Hoàn thành;;\n`,
    problem: { row: 3, column: 'Mã nhiệm vụ', key: 'unknownTask', args: { found: '474-1.1-z' } },
  },
  {
    error: 'duplicate key with another value',
    csv: `${SCORES}P43;2024;1;5\nĐắk Nông;2024;1;5,5\n`,
    problem: {
      row: 4,
      column: 'Tỉnh',
      key: 'duplicateConflict',
      args: { found: 'P43 | 2024 | 1', expected: 3 },
    },
  },
  {
    error: 'duplicate progress key with another status',
    csv: `${PROGRESS}474-1.1-a;Quý III/2024;Sở Nội vụ;Hoàn thành;;\n474-1.1-a;2024-Q3;Sở Nội vụ;Đang thực hiện;;\n`,
    problem: { row: 3, column: 'Mã nhiệm vụ', key: 'duplicateConflict' },
  },
  { error: 'header only', csv: `${SCORES};;;\n`, problem: { row: null, column: null, key: 'headerOnly' } },
  {
    error: 'a wide layout with every score cell empty',
    csv: 'Tỉnh;Năm;1;2\nP43;2024;;\n',
    problem: { row: null, column: null, key: 'headerOnly' },
  },
  {
    error: 'required column missing',
    csv: 'Tỉnh;Năm;Điểm\nP43;2024;5\n',
    problem: { row: 1, column: null, key: 'missingColumn', args: { expected: 'Chỉ số / Indicator' } },
  },
  {
    error: 'no known header at all',
    csv: 'Họ tên;Điện thoại\nA;1\n',
    problem: { row: null, column: null, key: 'unknownLayout' },
  },
  {
    error: 'unknown province in a plan',
    csv: 'Mã nhiệm vụ;Kế hoạch;Nhiệm vụ;Tỉnh\nX-1;12/KH;Tuyên truyền;Ha Noy\n',
    problem: {
      row: 2,
      column: 'Tỉnh',
      key: 'unknownProvince',
      args: { found: 'Ha Noy', suggestion: 'Hà Nội' },
    },
  },
  {
    error: 'plan target year out of range',
    csv: 'Mã nhiệm vụ;Kế hoạch;Nhiệm vụ;Năm mục tiêu\nX-1;12/KH;Tuyên truyền;1999\n',
    problem: { row: 2, column: 'Năm mục tiêu', key: 'yearOutOfRange' },
  },
];
