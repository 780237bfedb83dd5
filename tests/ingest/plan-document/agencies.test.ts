// One rule splits an agency cell, wherever the cell comes from: a plan document, an imported plan-tasks file,
// or the stored list the Plan view filters on.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsvRecords } from '../../../data/scripts/lib/csv.ts';
import { splitAgencies } from '../../../src/ingest/plan-document/agencies.ts';
import { AGENCY_SEPARATOR } from '../../../src/ingest/plan-document/plan-tasks.ts';
import { buildTaskRows } from '../../../src/views/plan/plan-model.ts';

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
    // Where the three former copies differed: line breaks and bullets (a Word cell), nothing at all.
    ['- Sở Tư pháp\n• Sở Nội vụ', ['Sở Tư pháp', 'Sở Nội vụ']],
    [' Sở X; Huyện Y ;; ', ['Sở X', 'Huyện Y']],
    [null, []],
  ])('splits %j', (cell, expected) => {
    expect(splitAgencies(cell)).toEqual(expected);
  });

  it('gives back every stored list of the bundled plan unchanged', () => {
    const rows = parseCsvRecords(readFileSync('data/plan-tasks.csv', 'utf8'), [
      'executing_agencies',
      'supervising_agencies',
    ] as const);
    const cells = rows.flatMap((row) => [row.executing_agencies, row.supervising_agencies]);
    expect(cells.length).toBe(66);
    for (const cell of cells) expect(splitAgencies(cell).join(AGENCY_SEPARATOR)).toBe(cell);
  });

  it('lists the agencies of an imported plan in the Plan view as the plan parser splits them', () => {
    const [row] = buildTaskRows(
      [
        {
          taskId: 'KH-1.1-a',
          plan: '100/KH-UBND',
          planTitleVi: null,
          planTitleEn: null,
          targetYear: 2026,
          inCurrentPlan: true,
          dimension: '1',
          subdimension: '1.1',
          subdimensionLabel: null,
          task: 'Tuyên truyền pháp luật',
          executingAgencies: 'Giám đốc các Sở: Y tế, Xây dựng\nChủ tịch UBND cấp xã',
          supervisingAgencies: null,
          timeframe: null,
          timeframeCode: null,
        },
      ],
      [],
    );
    expect(row?.agencies).toEqual(['Giám đốc Sở Y tế', 'Giám đốc Sở Xây dựng', 'Chủ tịch UBND cấp xã']);
  });
});
