import { describe, expect, it } from 'vitest';
import { splitAgencies } from '../../data/scripts/lib/agencies.ts';
import { readAppendixRows } from '../../data/scripts/lib/plan-appendix.ts';
import { readPlanHeader } from '../../data/scripts/lib/plan-header.ts';
import { buildPlanTasks } from '../../data/scripts/lib/plan-tasks.ts';
import { decodeHtmlEntities, taskTextFromCell } from '../../data/scripts/lib/task-text.ts';
import { timeframeCode } from '../../data/scripts/lib/timeframe.ts';

const HEADER =
  'STT\tChỉ số nội dung\tNhiệm vụ, giải pháp\tCơ quan thực hiện\tCơ quan hướng dẫn theo dõi, giám sát\tThời gian thực hiện';
const table = (...rows: string[]): string =>
  ['intro', HEADER, '(1)\t(2)\t(3)\t(4)\t(5)\t(6)', ...rows, '-----\t---\t---\t---\t---\t---', 'after'].join(
    '\n',
  );

describe('splitAgencies', () => {
  it.each([
    ['Chủ tịch UBND cấp huyện; Chủ tịch UBND cấp xã', ['Chủ tịch UBND cấp huyện', 'Chủ tịch UBND cấp xã']],
    ['Chủ tịch UBND cấp huyện, Chủ tịch UBND cấp xã', ['Chủ tịch UBND cấp huyện', 'Chủ tịch UBND cấp xã']],
    [
      'Thủ trưởng các sở, ban, ngành; Chủ tịch UBND cấp huyện',
      ['Thủ trưởng các sở, ban, ngành', 'Chủ tịch UBND cấp huyện'],
    ],
    ['Thủ trưởng các sở ban, ngành', ['Thủ trưởng các sở, ban, ngành']],
    [
      'Giám đốc các Sở: Tài chính, Tài nguyên và Môi trường, Xây dựng',
      ['Giám đốc Sở Tài chính', 'Giám đốc Sở Tài nguyên và Môi trường', 'Giám đốc Sở Xây dựng'],
    ],
    [
      'Giám đốc các Sở: Y tế, Giáo dục và Đào tạo; Chủ tịch UBND cấp huyện',
      ['Giám đốc Sở Y tế', 'Giám đốc Sở Giáo dục và Đào tạo', 'Chủ tịch UBND cấp huyện'],
    ],
    ['Giám đốc Sở Lao động - Thương binh và Xã hội', ['Giám đốc Sở Lao động - Thương binh và Xã hội']],
    ['Chánh Thanh tra tỉnh;  Giám đốc Sở Nội vụ ;', ['Chánh Thanh tra tỉnh', 'Giám đốc Sở Nội vụ']],
  ])('splits "%s"', (cell, expected) => {
    expect(splitAgencies(cell)).toEqual(expected);
  });
});

describe('taskTextFromCell', () => {
  it('removes <p> wrappers and keeps each paragraph on its own line', () => {
    expect(taskTextFromCell('<p>- Một;</p> <p>- Hai.</p>')).toBe('- Một;\n- Hai.');
  });

  it('splits a dash list written on one line after ; or .', () => {
    expect(taskTextFromCell('<ul style="list-style-type: none"> - Một; - Hai.  </ul>')).toBe(
      '- Một;\n- Hai.',
    );
  });

  it('decodes entities and collapses whitespace', () => {
    expect(taskTextFromCell('An &amp;  toàn&nbsp;&#273;&#x1EA1;i')).toBe('An & toàn đại');
    expect(() => decodeHtmlEntities('&bogus;')).toThrow(/unknown HTML entity/);
  });

  it('fails on a tag it does not expect rather than leaving it in the text', () => {
    expect(() => taskTextFromCell('<b>đậm</b>')).toThrow(/unexpected HTML tag/);
  });
});

describe('timeframeCode', () => {
  it('accepts both spellings of "yearly"', () => {
    expect(timeframeCode('Hàng năm')).toBe('annual');
    expect(timeframeCode('Hằng năm')).toBe('annual');
  });

  it('fails loudly on an unknown wording', () => {
    expect(() => timeframeCode('Quý IV/2024')).toThrow(/unknown timeframe/);
  });
});

describe('readAppendixRows and buildPlanTasks', () => {
  it('skips blank lines and the column-number line, and stops at the dashes', () => {
    const rows = readAppendixRows(
      table(
        '1\tChỉ số nội dung A: làm\t\t\t\t',
        '',
        '1.1\tNhãn\tViệc một\tChủ tịch UBND cấp xã\tGiám đốc Sở Tư pháp\tThường xuyên',
      ),
    );
    expect(rows.map((r) => r.stt)).toEqual(['1', '1.1']);
  });

  it('letters continuation tasks within their sub-dimension', () => {
    const rows = readAppendixRows(
      table(
        '1\tChỉ số nội dung A: làm\t\t\t\t',
        '1.1\tNhãn\tViệc một\tChủ tịch UBND cấp xã\tGiám đốc Sở Tư pháp\tThường xuyên',
        '\t\tViệc hai\tChủ tịch UBND cấp xã\tGiám đốc Sở Tư pháp\tHằng năm',
      ),
    );
    expect(buildPlanTasks(rows, '9/KH-UBND').map((t) => [t.taskId, t.subdimensionLabel, t.task])).toEqual([
      ['9-1.1-a', 'Nhãn', 'Việc một'],
      ['9-1.1-b', 'Nhãn', 'Việc hai'],
    ]);
  });

  it('rejects a continuation row with no sub-dimension above it', () => {
    const rows = readAppendixRows(
      table(
        '1\tChỉ số nội dung A: làm\t\t\t\t',
        '\t\tViệc\tChủ tịch UBND cấp xã\tGiám đốc Sở Tư pháp\tThường xuyên',
      ),
    );
    expect(() => buildPlanTasks(rows, '9/KH-UBND')).toThrow(/continuation/);
  });

  it('rejects a row with a missing field', () => {
    expect(() => readAppendixRows(table('1.1\tNhãn\tViệc'))).toThrow(/expected 6 fields/);
  });

  it('rejects a table without its closing dashes', () => {
    expect(() => readAppendixRows(['x', HEADER, '1\tA\t\t\t\t'].join('\n'))).toThrow(/closing/);
  });
});

describe('readPlanHeader', () => {
  const header = (title: string) =>
    ['', 'Số: 12 /KH-UBND', '', 'Gia Nghĩa, ngày 5 tháng 12 năm 2025', '', 'KẾ HOẠCH', '', title].join('\n');

  it('reads the number, the date, the title and the PAPI year the title aims at', () => {
    expect(readPlanHeader(header('Cải thiện PAPI năm 2026'))).toEqual({
      plan: '12/KH-UBND',
      issuedOn: '2025-12-05',
      titleVi: 'Kế hoạch cải thiện PAPI năm 2026',
      targetYear: 2026,
    });
  });

  it('fails rather than guess when the title names no year', () => {
    expect(() => readPlanHeader(header('Cải thiện Chỉ số PAPI'))).toThrow(/target year/);
  });
});
