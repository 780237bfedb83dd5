// A plan of eight numbered paragraphs under short dimension names (Tây Ninh 315/KH-UBND layout), after
// the 2025 merger: communes and wards, no district level.
import { beforeAll, describe, expect, it } from 'vitest';
import type { PlanReading } from '../../../../src/ingest/plan-document/read-plan-document.ts';
import { readBodyDocx } from './build-body-docx.ts';
import { reviewRows, type ReviewRow } from './review-view.ts';
import { TAY_NINH_LINES } from './tay-ninh-plan.ts';

let reading: PlanReading;
let rows: ReviewRow[];
beforeAll(async () => {
  reading = await readBodyDocx(TAY_NINH_LINES);
  rows = reviewRows(reading);
});

describe('a plan of numbered paragraphs under short dimension names (Tây Ninh 315/KH-UBND layout)', () => {
  it('places each paragraph under the dimension its short or lower-case name means', () => {
    expect(rows.map((row) => [row.line, row.dimension])).toEqual([
      [9, '1'],
      [10, '2'],
      [10, '2'],
      [11, '3'],
      [12, '4'],
      [13, '5'],
      [14, '6'],
      [15, '7'],
      [16, '8'],
    ]);
    expect(rows.flatMap((row) => row.check).filter((text) => text.startsWith('Chỉ số nội dung'))).toEqual([]);
  });

  it('reads "Giao … chủ trì, phối hợp với …" as the agencies, each flagged as a guess', () => {
    expect(rows.map((row) => [row.executing, row.supervising])).toEqual([
      ['Sở Nội vụ', 'UBND các xã, phường'],
      ['Sở Tài chính', 'UBND các xã, phường'],
      ['', ''],
      ['UBND cấp xã', ''],
      ['Thanh tra tỉnh', ''],
      ['Sở Nông nghiệp và Môi trường', ''],
      ['Sở Y tế', 'Sở Giáo dục và Đào tạo'],
      ['Sở Nông nghiệp và Môi trường', ''],
      ['Sở Khoa học và Công nghệ', 'Công an tỉnh; UBND các xã, phường'],
    ]);
    const guessed = rows.filter((row) =>
      row.check.some((text) => text.startsWith('Cơ quan chủ trì được đoán')),
    );
    expect(guessed.map((row) => row.line)).toEqual([9, 10, 12, 13, 14, 15, 16]);
  });

  it('splits a paragraph into its sentences: a sentence that only gives the time belongs to the task before it', () => {
    expect(rows.slice(0, 4).map((row) => [row.task, row.timeframe, row.deadline])).toEqual([
      [
        'Giao Sở Nội vụ chủ trì, phối hợp với UBND các xã, phường hướng dẫn tổ chức bầu cử trưởng ấp, khu phố đúng quy định.',
        'Quý IV/2025',
        '2025-12-31',
      ],
      [
        'Giao Sở Tài chính chủ trì, phối hợp với UBND các xã, phường công khai dự toán ngân sách xã tại trụ sở và trên trang thông tin điện tử.',
        '',
        '—',
      ],
      [
        'Niêm yết danh sách hộ nghèo tại nhà văn hóa ấp, khu phố trước ngày 30/9/2025.',
        'trước ngày 30/9/2025',
        '2025-09-30',
      ],
      ['UBND các xã, phường tổ chức đối thoại định kỳ với người dân.', 'thường xuyên', '—'],
    ]);
  });

  it('reads "Thường xuyên" and "Hằng năm" as timeframes without a date', () => {
    const coded = reading.ok ? reading.tasks.map((task) => task.timeframeCode) : [];
    expect(coded).toEqual([null, null, null, 'continuous', null, 'annual', null, 'continuous', null]);
  });

  it('reads the issuer written "UỶ BAN" and the plan number', () => {
    expect(reading.ok && reading.identity).toMatchObject({
      plan: '315/KH-UBND',
      issuer: 'UỶ BAN NHÂN DÂN TỈNH TÂY NINH',
      issuedOn: '2025-07-24',
      targetYear: 2025,
    });
  });
});
