// The ways plans write a dimension heading, a task's agencies and its time, one row each; pasted text
// (no .docx) goes through the same reader.
import { describe, expect, it } from 'vitest';
import { splitAgencies } from '../../../../src/ingest/plan-document/agencies.ts';
import { readPastedTable } from '../../../../src/ingest/plan-document/read-pasted-table.ts';
import { readPlanDocument } from '../../../../src/ingest/plan-document/read-plan-document.ts';
import { PLAN_REFERENCE } from '../plan-reference.ts';
import { tasksOf } from './build-body-docx.ts';

const TASK = 'a) Tổ chức hội nghị đối thoại giữa lãnh đạo xã và người dân.';

/** The tasks of a pasted text: section II, the given heading, then `lines`. */
const pasted = (heading: string, lines: readonly string[] = [TASK]) =>
  tasksOf(
    readPlanDocument(
      readPastedTable('', ['II. NỘI DUNG THỰC HIỆN', heading, ...lines].join('\n')),
      PLAN_REFERENCE,
    ),
  );

describe('dimension headings as plans write them', () => {
  it.each([
    ['1.1. Chỉ số nội dung “Tham gia của người dân ở cấp cơ sở”.', '1'],
    ['1.2. Chỉ số nội dung "Công khai, minh bạch trong việc ra quyết định ở địa phương".', '2'],
    ['1. Tham gia của người dân ở cấp cơ sở: tập trung các việc sau', '1'],
    ['2. Công khai, minh bạch: tập trung các việc sau', '2'],
    ['3. trách nhiệm  giải trình với người dân', '3'],
    ['Chỉ số nội dung 4 (Kiểm soát tham nhũng)', '4'],
    ['Chỉ số nội dung số 5: Thủ tục hành chính công', '5'],
    ['6. CUNG ỨNG DỊCH VỤ CÔNG', '6'],
    ['2.7. Chỉ số nội dung ‘Quản trị môi trường’', '7'],
    ['8. Quan tri dien tu', '8'],
  ])('"%s" → dimension %s', (heading, code) => {
    expect(pasted(heading).map((task) => task.dimension)).toEqual([code]);
  });

  it('guesses a heading that is close to an official name, and says so', () => {
    const [task] = pasted('3. Trách nhiệm giải trình của chính quyền với người dân');
    expect([task?.dimension, task?.flags.map((flag) => flag.key)]).toEqual([
      '3',
      ['dimensionGuessed', 'executingUnconfirmed', 'timeframeUnknown'],
    ]);
  });

  it('reads a "Chỉ số thành phần" heading under a dimension as the sub-dimension of its tasks', () => {
    const tasks = pasted('1. Tham gia của người dân ở cấp cơ sở', [
      'a) Chỉ số thành phần “Tri thức công dân về chính sách hiện hành”',
      '- Tuyên truyền pháp luật về dân chủ ở cơ sở. Cơ quan chủ trì: Sở Tư pháp.',
    ]);
    expect(
      tasks.map((task) => [task.dimension, task.subdimension, task.subdimensionLabel, task.task]),
    ).toEqual([
      ['1', '1.1', 'Tri thức công dân về chính sách hiện hành', 'Tuyên truyền pháp luật về dân chủ ở cơ sở.'],
    ]);
  });

  it('takes "-" and "+" items and plain sentences under a heading as tasks', () => {
    const tasks = pasted('2. Công khai, minh bạch', [
      '- Công khai dự toán ngân sách xã.',
      '+ Niêm yết tại trụ sở UBND xã.',
      '- Công khai danh sách hộ nghèo.',
    ]);
    expect(tasks.map((task) => task.task)).toEqual([
      'Công khai dự toán ngân sách xã.\n- Niêm yết tại trụ sở UBND xã.',
      'Công khai danh sách hộ nghèo.',
    ]);
    const prose = pasted('2. Công khai, minh bạch', [
      'Công khai dự toán ngân sách xã. Công khai danh sách hộ nghèo.',
    ]);
    expect(prose.map((task) => task.task)).toEqual([
      'Công khai dự toán ngân sách xã.',
      'Công khai danh sách hộ nghèo.',
    ]);
  });

  it('reads no task from a sentence that only mentions a dimension, or outside the content section', () => {
    const text = [
      'I. MỤC ĐÍCH, YÊU CẦU',
      '1. Tham gia của người dân ở cấp cơ sở',
      'a) Nâng cao điểm chỉ số này.',
      'II. NỘI DUNG THỰC HIỆN',
      'Các cơ quan tiếp tục cải thiện Chỉ số nội dung Công khai, minh bạch trong việc ra quyết định ở địa phương và các chỉ số khác.',
    ].join('\n');
    expect(readPlanDocument(readPastedTable('', text), PLAN_REFERENCE).ok).toBe(false);
  });
});

describe('agencies and time as a task writes them', () => {
  it.each([
    ['Cơ quan chủ trì: Sở Nội vụ.', 'Sở Nội vụ', ''],
    ['Đơn vị thực hiện: UBND các xã, phường.', 'UBND các xã, phường', ''],
    [
      'Giao Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ, UBND cấp xã tổ chức tập huấn.',
      'Sở Tư pháp',
      'Sở Nội vụ; UBND cấp xã',
    ],
    ['Giao Sở Xây dựng chủ trì, phối hợp với Sở Tài chính thực hiện.', 'Sở Xây dựng', 'Sở Tài chính'],
    ['Giao UBND cấp xã tổ chức đối thoại với người dân.', 'UBND cấp xã', ''],
  ])('"%s" → executing %j, supervising %j', (line, executing, supervising) => {
    const [task] = pasted('1. Tham gia của người dân ở cấp cơ sở', [TASK, `- ${line}`]);
    expect([task?.executingAgencies.join('; '), task?.supervisingAgencies.join('; ')]).toEqual([
      executing,
      supervising,
    ]);
  });

  it.each([
    ['Thời gian thực hiện: Thường xuyên.', 'Thường xuyên', 'continuous', null],
    ['Thời gian thực hiện: Quý III/2025.', 'Quý III/2025', null, '2025-09-30'],
    ['Thời hạn hoàn thành: 30/6/2025.', '30/6/2025', null, '2025-06-30'],
    ['Hoàn thành trước ngày 15/10/2025.', 'trước ngày 15/10/2025', null, '2025-10-15'],
    ['Thời gian thực hiện: Hằng năm.', 'Hằng năm', 'annual', null],
    ['Thời gian thực hiện: 6 tháng đầu năm 2025.', '6 tháng đầu năm 2025', null, '2025-06-30'],
    ['Thời gian thực hiện: trong năm 2025.', 'trong năm 2025', null, '2025-12-31'],
  ])('"%s" → timeframe %j (%s, %s)', (line, timeframe, code, deadline) => {
    const [task] = pasted('1. Tham gia của người dân ở cấp cơ sở', [TASK, `- ${line}`]);
    expect([task?.timeframe, task?.timeframeCode, task?.deadline]).toEqual([timeframe, code, deadline]);
  });

  it('does not take "thường xuyên" inside a task\'s words for its timeframe', () => {
    const [task] = pasted('1. Tham gia của người dân ở cấp cơ sở', [
      'a) Thường xuyên kiểm tra việc bầu cử trưởng thôn.',
    ]);
    expect([task?.timeframe, task?.timeframeCode]).toEqual(['', null]);
  });

  it('keeps "UBND các xã, phường" and "các Sở, Ban ngành" whole, splits bodies listed after a comma', () => {
    expect(splitAgencies('Công an tỉnh, UBND các xã, phường, Văn phòng UBND tỉnh')).toEqual([
      'Công an tỉnh',
      'UBND các xã, phường',
      'Văn phòng UBND tỉnh',
    ]);
    expect(splitAgencies('Thủ trưởng các Sở, Ban ngành')).toEqual(['Thủ trưởng các Sở, Ban ngành']);
    expect(splitAgencies('Sở Nội vụ, Uỷ ban MTTQ Việt Nam tỉnh, Ủy ban nhân dân các xã')).toEqual([
      'Sở Nội vụ',
      'Uỷ ban MTTQ Việt Nam tỉnh',
      'Ủy ban nhân dân các xã',
    ]);
  });
});
