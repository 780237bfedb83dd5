// A plan whose tasks are in its body (Lai Châu 1331/KH-UBND's layout), dropped as a .docx.
import { beforeAll, describe, expect, it } from 'vitest';
import type { PlanReading } from '../../../../src/ingest/plan-document/read-plan-document.ts';
import { readBodyDocx } from './build-body-docx.ts';
import { LAI_CHAU_LINES } from './lai-chau-plan.ts';
import { reviewRows, type ReviewRow } from './review-view.ts';

let reading: PlanReading;
let rows: ReviewRow[];
beforeAll(async () => {
  reading = await readBodyDocx(LAI_CHAU_LINES);
  rows = reviewRows(reading);
});

describe('a plan with its tasks in the body, not in an appendix (Lai Châu 1331/KH-UBND layout)', () => {
  it('reads its identity from the header as for an appendix plan', () => {
    expect(reading.ok && reading.identity).toMatchObject({
      plan: '1331/KH-UBND',
      issuedOn: '2025-03-31',
      targetYear: 2025,
      provinceCode: 'P08',
    });
  });

  it('lists the lettered tasks under each "Chỉ số nội dung “…”" heading of section II, with agencies and deadlines', () => {
    expect(
      rows.map(({ line, dimension, executing, supervising, timeframe, deadline }) => ({
        line,
        dimension,
        executing,
        supervising,
        timeframe,
        deadline,
      })),
    ).toEqual([
      {
        line: 14,
        dimension: '1',
        executing: 'Sở Nội vụ',
        supervising: 'Sở Văn hóa, Thể thao và Du lịch; UBND các huyện, thành phố',
        timeframe: 'Thường xuyên',
        deadline: '—',
      },
      {
        line: 18,
        dimension: '1',
        executing: 'UBND các huyện, thành phố',
        supervising: '',
        timeframe: 'Quý III/2025',
        deadline: '2025-09-30',
      },
      {
        line: 22,
        dimension: '2',
        executing: 'Sở Tài chính',
        supervising: 'UBND các huyện, thành phố',
        timeframe: 'trước ngày 31/12/2025',
        deadline: '2025-12-31',
      },
      { line: 23, dimension: '2', executing: '', supervising: '', timeframe: '', deadline: '—' },
      {
        line: 25,
        dimension: '8',
        executing: 'Sở Khoa học và Công nghệ',
        supervising: '',
        timeframe: 'trước ngày 30/9/2025',
        deadline: '2025-09-30',
      },
    ]);
  });

  it('keeps the task text as written, without its labelled lines or trailing "(Cơ quan chủ trì: …)"', () => {
    expect(rows.map((row) => row.task)).toEqual([
      'Tuyên truyền Luật Thực hiện dân chủ ở cơ sở năm 2022 đến người dân qua hệ thống loa truyền thanh cơ sở.',
      'Tổ chức bầu cử trưởng thôn, tổ trưởng tổ dân phố công khai, đúng quy trình.',
      'Giao Sở Tài chính chủ trì, phối hợp với UBND các huyện, thành phố công khai dự toán, quyết toán ngân sách cấp xã trước ngày 31/12/2025.',
      'Niêm yết công khai danh sách hộ nghèo, hộ cận nghèo tại nhà văn hóa thôn, bản.',
      'Hướng dẫn người dân sử dụng Cổng dịch vụ công trực tuyến của tỉnh',
    ]);
  });

  it('flags every guess: agencies and a deadline read from a sentence, a task with no agency or time', () => {
    expect(rows.map((row) => row.check)).toEqual([
      [],
      [],
      [
        'Cơ quan chủ trì được đoán từ câu giao nhiệm vụ: "Sở Tài chính".',
        'Thời hạn được đoán từ câu: "trước ngày 31/12/2025".',
      ],
      [
        'Không thấy cơ quan chủ trì: nhập cơ quan, hoặc xác nhận là "Chưa xác định".',
        'Thời gian "" không rõ hạn; được theo dõi theo từng kỳ.',
      ],
      [],
    ]);
  });

  it("reads Word's own bullet paragraphs as the heading's tasks and their labelled lines", async () => {
    const bulleted = await readBodyDocx([
      'II. NỘI DUNG THỰC HIỆN',
      '1.1. Chỉ số nội dung “Tham gia của người dân ở cấp cơ sở”.',
      '• Tuyên truyền Luật Thực hiện dân chủ ở cơ sở đến người dân.',
      '• Cơ quan chủ trì: Sở Nội vụ.',
      '• Tổ chức bầu cử trưởng thôn đúng quy trình.',
      '• Thời gian thực hiện: Quý III/2025.',
    ]);
    expect(reviewRows(bulleted).map((row) => [row.task, row.executing, row.deadline])).toEqual([
      ['Tuyên truyền Luật Thực hiện dân chủ ở cơ sở đến người dân.', 'Sở Nội vụ', '—'],
      ['Tổ chức bầu cử trưởng thôn đúng quy trình.', '', '2025-09-30'],
    ]);
  });

  it('reads nothing from the aims (section I) or the organisation (section III)', () => {
    expect(rows.every((row) => row.line > LAI_CHAU_LINES.indexOf('II. NỘI DUNG THỰC HIỆN'))).toBe(true);
    expect(rows.every((row) => row.line < LAI_CHAU_LINES.indexOf('III. TỔ CHỨC THỰC HIỆN') + 1)).toBe(true);
  });
});
