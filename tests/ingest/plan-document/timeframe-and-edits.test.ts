import { describe, expect, it } from 'vitest';
import type { PlanTaskDraft } from '../../../src/ingest/plan-document/plan-task-draft.ts';
import { timeframeCode, timeframeDeadline } from '../../../src/ingest/plan-document/timeframe.ts';
import { editTask } from '../../../src/views/data/plan-review/review-edits.ts';
import { PLAN_REFERENCE } from './plan-reference.ts';

describe('timeframes as plans write them', () => {
  it.each([
    ['Thường xuyên', 'continuous', null],
    ['Hằng năm', 'annual', null],
    ['Trước bầu cử', 'before-election', null],
    ['Trước ngày 30/6/2025', null, '2025-06-30'],
    ['Quý III/2025', null, '2025-09-30'],
    ['Quý 4 năm 2024', null, '2024-12-31'],
    ['Tháng 2/2024', null, '2024-02-29'],
    ['Năm 2025', null, '2025-12-31'],
    ['Khi có chỉ đạo', null, null],
  ])('"%s" → code %s, deadline %s', (words, code, deadline) => {
    expect([timeframeCode(words), timeframeDeadline(words)]).toEqual([code, deadline]);
  });
});

const DRAFT: PlanTaskDraft = {
  row: 7,
  dimension: '6',
  subdimension: '6.4',
  subdimensionLabel: 'An ninh trật tự ở khu dân cư',
  task: 'Tuần tra',
  executingAgencies: ['Công an tỉnh'],
  supervisingAgencies: [],
  timeframe: 'Khi có chỉ đạo',
  timeframeCode: null,
  deadline: null,
  flags: [
    {
      key: 'subdimensionGuessed',
      column: 'label',
      args: { code: '6.4', text: 'An ninh trật tự ở khu dân cư' },
    },
    { key: 'timeframeUnknown', column: 'timeframe', args: { text: 'Khi có chỉ đạo' } },
  ],
};

describe('editing a reviewed task', () => {
  it('recodes an edited timeframe and clears only the doubt about it', () => {
    const edited = editTask(DRAFT, 'timeframe', 'Hàng năm', PLAN_REFERENCE.indicators);
    expect(edited).toMatchObject({ timeframe: 'Hàng năm', timeframeCode: 'annual', deadline: null });
    expect(edited.flags.map((flag) => flag.key)).toEqual(['subdimensionGuessed']);
  });

  it('takes the official name with a chosen sub-dimension and drops one outside a new dimension', () => {
    const chosen = editTask(DRAFT, 'subdimension', '6.3', PLAN_REFERENCE.indicators);
    expect(chosen).toMatchObject({
      subdimension: '6.3',
      subdimensionLabel: 'Hạ tầng căn bản',
      flags: [DRAFT.flags[1]],
    });
    expect(editTask(DRAFT, 'dimension', '7', PLAN_REFERENCE.indicators)).toMatchObject({
      dimension: '7',
      subdimension: '',
    });
  });

  it('splits edited agencies on semicolons', () => {
    expect(
      editTask(DRAFT, 'executing', 'Công an tỉnh; Chủ tịch UBND cấp xã', PLAN_REFERENCE.indicators)
        .executingAgencies,
    ).toEqual(['Công an tỉnh', 'Chủ tịch UBND cấp xã']);
  });
});
