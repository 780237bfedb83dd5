import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readTextDocument } from '../../../src/ingest/plan-document/document-table.ts';
import { assignTaskIds, planTaskCells } from '../../../src/ingest/plan-document/plan-tasks.ts';
import { readDocxDocument } from '../../../src/ingest/plan-document/read-docx.ts';
import { readPlanDocument, type PlanReading } from '../../../src/ingest/plan-document/read-plan-document.ts';
import { taskTextFromCell } from '../../../src/ingest/plan-document/task-text.ts';
import { buildDocx, type DocxCell } from './build-docx.ts';
import { PLAN_REFERENCE, readRepoFile } from './plan-reference.ts';

const SEED = readRepoFile('seeds/dak-nong-474-KH-UBND-2024-papi-plan.txt');
const COMMITTED_TASKS = Papa.parse<string[]>(readRepoFile('data/plan-tasks.csv'), {
  skipEmptyLines: true,
}).data.slice(1);

const HEADER_LINES = [
  'ỦY BAN NHÂN DÂN TỈNH ĐẮK NÔNG',
  'Số: 12/KH-UBND',
  'Gia Nghĩa, ngày 3 tháng 5 năm 2025',
  'KẾ HOẠCH',
  'Cải thiện Chỉ số PAPI của tỉnh Đắk Nông năm 2025',
];

function tasksOf(reading: PlanReading) {
  if (!reading.ok) throw new Error(`no plan: ${reading.reason}`);
  return reading.tasks;
}

const summary = (reading: PlanReading) =>
  tasksOf(reading).map((task) => [
    task.subdimension || task.dimension,
    task.task,
    task.executingAgencies.join('; '),
  ]);

const readDocx = async (rows: DocxCell[][], before = HEADER_LINES) =>
  readPlanDocument(await readDocxDocument(await buildDocx({ before, rows })), PLAN_REFERENCE);

/** The seed's appendix rows as table cells (its HTML fragments written as Word would: one paragraph per bullet). */
function seedAppendixRows(): string[][] {
  const lines = SEED.split('\n');
  const start = lines.findIndex((line) => line.startsWith('STT\t'));
  const end = lines.findIndex((line, index) => index > start && /^-{3,}\t/.test(line));
  return lines
    .slice(start, end)
    .filter((line) => line.trim() !== '')
    .map((line) => line.split('\t').map((cell, column) => (column === 2 ? taskTextFromCell(cell) : cell)));
}

describe('the plan parser on the seed document (plan 474/KH-UBND)', () => {
  it('gives exactly the 33 committed tasks from the seed text, with nothing flagged', () => {
    const reading = readPlanDocument(readTextDocument(SEED), PLAN_REFERENCE);
    if (!reading.ok) throw new Error('no plan');
    const cells = assignTaskIds(reading.tasks, reading.identity.plan).map(planTaskCells);
    expect(cells).toHaveLength(33);
    expect(cells).toEqual(COMMITTED_TASKS);
    expect(reading.tasks.flatMap((task) => task.flags)).toEqual([]);
    expect(reading.skipped).toEqual([]);
  });

  it('reads its identity: number, date, province and target year', () => {
    const reading = readPlanDocument(readTextDocument(SEED), PLAN_REFERENCE);
    expect(reading.ok && reading.identity).toMatchObject({
      plan: '474/KH-UBND',
      place: 'Đắk Nông',
      issuedOn: '2024-07-18',
      provinceCode: 'P43',
      targetYear: 2024,
    });
  });

  it('gives the same 33 tasks from a .docx with the seed appendix as a Word table', async () => {
    const reading = await readDocx(seedAppendixRows(), SEED.split('\n').slice(0, 12));
    if (!reading.ok) throw new Error('no plan');
    expect(assignTaskIds(reading.tasks, reading.identity.plan).map(planTaskCells)).toEqual(COMMITTED_TASKS);
  });
});

describe('the plan parser on Word documents in other layouts', () => {
  it('reads the identity from the header of a .docx', async () => {
    const reading = await readDocx([
      ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian'],
      ['2.3', 'Niêm yết thu chi', 'Chủ tịch UBND cấp xã', 'Hàng năm'],
    ]);
    expect(reading.ok && reading.identity).toMatchObject({
      plan: '12/KH-UBND',
      issuer: 'ỦY BAN NHÂN DÂN TỈNH ĐẮK NÔNG',
      place: 'Gia Nghĩa',
      issuedOn: '2025-05-03',
      provinceCode: 'P43',
      targetYear: 2025,
    });
  });

  it('finds the columns by their header words in another order', async () => {
    const reading = await readDocx([
      ['Thời hạn', 'Cơ quan chủ trì', 'Nội dung nhiệm vụ', 'TT', 'Chỉ số thành phần', 'Cơ quan phối hợp'],
      [
        'Thường xuyên',
        'Chủ tịch UBND cấp xã',
        'Công khai danh sách hộ nghèo kịp thời',
        '1',
        '2.2',
        'Sở Tài chính',
      ],
      ['Hàng năm', 'Giám đốc Sở Nội vụ', 'Đo lường sự hài lòng', '2', '5.2', ''],
    ]);
    expect(summary(reading)).toEqual([
      ['2.2', 'Công khai danh sách hộ nghèo kịp thời', 'Chủ tịch UBND cấp xã'],
      ['5.2', 'Đo lường sự hài lòng', 'Giám đốc Sở Nội vụ'],
    ]);
    expect(tasksOf(reading)[0]).toMatchObject({
      dimension: '2',
      timeframeCode: 'continuous',
      supervisingAgencies: ['Sở Tài chính'],
    });
  });

  it('reads dimension rows merged across the table and a sub-dimension merged down over its tasks', async () => {
    const reading = await readDocx([
      [
        'STT',
        'Chỉ số thành phần',
        'Nhiệm vụ, giải pháp',
        'Cơ quan thực hiện',
        'Cơ quan phối hợp',
        'Thời gian thực hiện',
      ],
      [{ text: 'Chỉ số nội dung Công khai, minh bạch', span: 6 }],
      [
        { text: '1', merge: 'start' },
        { text: 'Công khai thu, chi ngân sách', merge: 'start' },
        'Niêm yết thu chi',
        'Chủ tịch UBND cấp xã',
        'Sở Tài chính',
        'Thường xuyên',
      ],
      [
        { merge: 'continue' },
        { merge: 'continue' },
        'Công bố trên loa',
        'Chủ tịch UBND cấp xã',
        '',
        'Quý III/2025',
      ],
      [{ text: 'Chỉ số nội dung Quản trị điện tử', span: 6 }],
      [
        '1',
        'Tiếp cận và sử dụng Internet tại địa phương',
        'Tập huấn Internet',
        'Sở Thông tin và Truyền thông',
        '',
        'Hằng năm',
      ],
    ]);
    expect(summary(reading)).toEqual([
      ['2.3', 'Niêm yết thu chi', 'Chủ tịch UBND cấp xã'],
      ['2.3', 'Công bố trên loa', 'Chủ tịch UBND cấp xã'],
      ['8.2', 'Tập huấn Internet', 'Sở Thông tin và Truyền thông'],
    ]);
    expect(tasksOf(reading)[1]).toMatchObject({ deadline: '2025-09-30', flags: [] });
    const reading2 = reading.ok
      ? assignTaskIds(reading.tasks, reading.identity.plan).map((task) => task.taskId)
      : [];
    expect(reading2).toEqual(['12-2.3-a', '12-2.3-b', '12-8.2-a']);
  });

  it('reads roman-numeral groups, lettered sub-dimension rows and bullet paragraphs', async () => {
    const reading = await readDocx([
      ['STT', 'Nội dung', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian'],
      ['I', 'CHỈ SỐ NỘI DUNG 1: THAM GIA CỦA NGƯỜI DÂN Ở CẤP CƠ SỞ', '', '', ''],
      ['a', 'Tri thức công dân về chính sách hiện hành', '', '', ''],
      ['1', '- Tuyên truyền Luật dân chủ cơ sở;\n- Phát tờ rơi', 'Chủ tịch UBND cấp xã', '', 'Thường xuyên'],
      ['2', 'Hỏi đáp pháp luật', 'Chủ tịch UBND cấp huyện, Chủ tịch UBND cấp xã', '', 'Hàng năm'],
      ['II', 'CHỈ SỐ NỘI DUNG 4: KIỂM SOÁT THAM NHŨNG TRONG KHU VỰC CÔNG', '', '', ''],
      ['a', 'Quyết tâm chống tham nhũng', '', '', ''],
      ['1', 'Đường dây nóng', 'Chánh Thanh tra tỉnh', '', 'Thường xuyên'],
    ]);
    expect(summary(reading)).toEqual([
      ['1.1', '- Tuyên truyền Luật dân chủ cơ sở;\n- Phát tờ rơi', 'Chủ tịch UBND cấp xã'],
      ['1.1', 'Hỏi đáp pháp luật', 'Chủ tịch UBND cấp huyện; Chủ tịch UBND cấp xã'],
      ['4.4', 'Đường dây nóng', 'Chánh Thanh tra tỉnh'],
    ]);
    expect(tasksOf(reading).flatMap((task) => task.flags)).toEqual([]);
  });

  it('matches a sub-dimension named only by its label, ignoring diacritics', async () => {
    const reading = await readDocx([
      ['STT', 'Chỉ số', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn'],
      ['1', 'Cong khai danh sach ho ngheo', 'Bình xét hộ nghèo', 'Chủ tịch UBND cấp xã', 'Hàng năm'],
      [
        '2',
        'Giấy chứng nhận quyền sử dụng đất',
        'Rà soát thủ tục',
        'Giám đốc Sở Tài nguyên và Môi trường',
        'Thường xuyên',
      ],
    ]);
    expect(summary(reading).map(([code]) => code)).toEqual(['2.2', '5.3']);
    expect(tasksOf(reading).map((task) => task.subdimensionLabel)).toEqual([
      'Cong khai danh sach ho ngheo',
      'Giấy chứng nhận quyền sử dụng đất',
    ]);
  });

  it('flags what it is unsure of: a guessed sub-dimension, an unknown timeframe, no executing agency', async () => {
    const reading = await readDocx([
      ['STT', 'Chỉ số', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn'],
      ['1', 'An ninh trật tự ở khu dân cư', 'Tuần tra', 'Công an tỉnh', 'Khi có chỉ đạo'],
      ['2', 'Một chỉ số lạ không có', 'Việc khác', '', 'Thường xuyên'],
    ]);
    const tasks = tasksOf(reading);
    expect(tasks[0]?.subdimension).toBe('6.4');
    expect(tasks[0]?.flags.map((flag) => flag.key)).toEqual(['subdimensionGuessed', 'timeframeUnknown']);
    expect(tasks[1]?.flags.map((flag) => [flag.key, flag.column])).toEqual([
      ['subdimensionUnknown', 'label'],
      ['executingMissing', 'executing'],
    ]);
  });

  it('rejects a document without an appendix table, saying what it looked for', async () => {
    const reading = await readDocx([
      ['Họ và tên', 'Chức vụ'],
      ['Nguyễn Văn A', 'Chủ tịch'],
    ]);
    expect(reading).toEqual({
      ok: false,
      reason: 'noAppendix',
      lookedFor: expect.stringContaining('STT · Nhiệm vụ') as unknown as string,
    });
  });
});
