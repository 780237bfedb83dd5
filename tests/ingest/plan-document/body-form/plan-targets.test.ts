// The goal a plan sets, read from its text and shown in the review for the user to check.
import { describe, expect, it } from 'vitest';
import { readTextDocument } from '../../../../src/ingest/plan-document/document-table.ts';
import { readPlanTargets } from '../../../../src/ingest/plan-document/plan-targets.ts';
import { readPlanDocument } from '../../../../src/ingest/plan-document/read-plan-document.ts';
import { formatNumber } from '../../../../src/i18n/format.ts';
import { targetText } from '../../../../src/views/data/plan-review/target-text.ts';
import { PLAN_REFERENCE, readRepoFile } from '../plan-reference.ts';
import { readBodyDocx } from './build-body-docx.ts';
import { LAI_CHAU_LINES } from './lai-chau-plan.ts';
import { tVi } from './review-view.ts';

/** The goals of `lines` as the review lists them. */
const shown = (lines: readonly string[]): string[] =>
  readPlanTargets(lines, PLAN_REFERENCE.indicators).map((target) =>
    targetText(target, tVi, (value, digits) => formatNumber('vi', value, digits)),
  );

describe('the goals a plan sets', () => {
  it.each([
    [
      'Phấn đấu Chỉ số PAPI năm 2025 của tỉnh đạt từ 45,33 điểm trở lên.',
      ['Chỉ số PAPI tổng hợp: đạt từ 45,33 điểm trở lên (dòng 1)'],
    ],
    [
      'Mục tiêu: Chỉ số PAPI của tỉnh nằm trong nhóm có điểm trung bình cao của cả nước.',
      ['Chỉ số PAPI tổng hợp: nằm trong nhóm Trung bình cao (dòng 1)'],
    ],
    [
      'Phấn đấu thứ hạng Chỉ số PAPI năm 2025 tăng ít nhất 01 bậc so với năm 2024.',
      ['Chỉ số PAPI tổng hợp: tăng ít nhất 1 bậc so với năm 2024 (dòng 1)'],
    ],
    [
      'Phấn đấu Chỉ số nội dung “Công khai, minh bạch” đạt từ 5,5 điểm trở lên.',
      ['Chỉ số nội dung 2: đạt từ 5,50 điểm trở lên (dòng 1)'],
    ],
    // A past result is not a goal.
    ['Chỉ số PAPI năm 2024 của tỉnh đạt 42,10 điểm, nằm trong nhóm Thấp.', []],
  ])('%s', (line, expected) => {
    expect(shown([line])).toEqual(expected);
  });

  it('reads the goal of a body-form plan from its aims (Lai Châu layout)', async () => {
    const reading = await readBodyDocx(LAI_CHAU_LINES);
    const targets = reading.ok ? reading.targets : [];
    expect(targets.map((target) => [target.kind, target.indicator, target.line])).toEqual([
      ['score', 'total', 10],
    ]);
  });

  it("reads 474/KH-UBND's goal (higher score and higher group than 2023), not its 2023 result", () => {
    const seed = readRepoFile('seeds/dak-nong-474-KH-UBND-2024-papi-plan.txt');
    const reading = readPlanDocument(readTextDocument(seed), PLAN_REFERENCE);
    const targets = reading.ok ? reading.targets : [];
    expect(
      targets.map((target) => targetText(target, tVi, (value, digits) => formatNumber('vi', value, digits))),
    ).toEqual([
      `Chỉ số PAPI tổng hợp: tăng điểm số và tăng nhóm so với năm 2023 (dòng ${String(
        seed.split('\n').findIndex((line) => line.includes('tăng điểm số, tăng Nhóm')) + 1,
      )})`,
    ]);
  });
});
