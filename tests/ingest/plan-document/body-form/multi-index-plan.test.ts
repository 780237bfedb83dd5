// A plan covering PAR INDEX, SIPAS and PAPI (Cao Bằng 2163/KH-UBND layout): only the PAPI tasks are read;
// the other sections are left out and the review says so.
import { beforeAll, describe, expect, it } from 'vitest';
import type { PlanReading } from '../../../../src/ingest/plan-document/read-plan-document.ts';
import { readPastedTable } from '../../../../src/ingest/plan-document/read-pasted-table.ts';
import { readPlanDocument } from '../../../../src/ingest/plan-document/read-plan-document.ts';
import { PLAN_REFERENCE } from '../plan-reference.ts';
import { readBodyDocx } from './build-body-docx.ts';
import { CAO_BANG_LINES } from './cao-bang-plan.ts';
import { reviewRows, skippedNotices } from './review-view.ts';

let reading: PlanReading;
beforeAll(async () => {
  reading = await readBodyDocx(CAO_BANG_LINES);
});

describe('a plan covering several indices (Cao Bằng 2163/KH-UBND layout)', () => {
  it('says which sections of other indices it left out, with their number of tasks', () => {
    expect(skippedNotices(reading)).toEqual([
      'Bỏ qua phần PAR INDEX: 3 nhiệm vụ (dòng 7; không thuộc Chỉ số PAPI nên không nhập).',
      'Bỏ qua phần SIPAS: 2 nhiệm vụ (dòng 13; không thuộc Chỉ số PAPI nên không nhập).',
    ]);
  });

  it('reads only the PAPI section, under the dimensions its headings number', () => {
    expect(reviewRows(reading).map((row) => [row.dimension, row.task, row.executing, row.deadline])).toEqual([
      [
        '2',
        'Công khai quy hoạch, kế hoạch sử dụng đất và bảng giá đất tại UBND cấp xã.',
        'Sở Nông nghiệp và Môi trường',
        '2025-09-30',
      ],
      ['4', 'Công khai đường dây nóng tiếp nhận phản ánh về nhũng nhiễu.', 'Thanh tra tỉnh', '—'],
    ]);
  });

  it('never puts a PAR INDEX or SIPAS task into a PAPI dimension, even one whose words look like PAPI', () => {
    const texts = reviewRows(reading).map((row) => row.task);
    expect(texts.some((text) => /thủ tục hành chính|hài lòng|Cổng thông tin/iu.test(text))).toBe(false);
  });

  it('leaves out a whole roman section about another index, and reads the PAPI one', () => {
    const text = [
      'II. NHIỆM VỤ, GIẢI PHÁP NÂNG CAO CHỈ SỐ PCI',
      '1. Công khai, minh bạch',
      'a) Công khai quy hoạch cho doanh nghiệp. Cơ quan chủ trì: Sở Tài chính.',
      'III. NHIỆM VỤ, GIẢI PHÁP NÂNG CAO CHỈ SỐ PAPI',
      '1. Công khai, minh bạch',
      'a) Công khai danh sách hộ nghèo tại nhà văn hóa thôn. Cơ quan chủ trì: UBND cấp xã.',
    ].join('\n');
    const pasted = readPlanDocument(readPastedTable('', text), PLAN_REFERENCE);
    expect(skippedNotices(pasted)).toEqual([
      'Bỏ qua phần PCI: 1 nhiệm vụ (dòng 1; không thuộc Chỉ số PAPI nên không nhập).',
    ]);
    expect(reviewRows(pasted).map((row) => [row.dimension, row.executing])).toEqual([['2', 'UBND cấp xã']]);
  });

  it('refuses a plan with only other indices, saying what it looked for', async () => {
    const onlyOthers = CAO_BANG_LINES.slice(
      0,
      CAO_BANG_LINES.indexOf('3. Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI)'),
    );
    const refused = await readBodyDocx(onlyOthers);
    expect(refused).toMatchObject({ ok: false, reason: 'noAppendix' });
  });
});
