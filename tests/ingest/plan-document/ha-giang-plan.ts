// Hà Giang's plan aimed at 2024 (Hà Giang, P02, is scored that year), one task: a small plan import for tests.
import type { PlanTaskDraft } from '../../../src/ingest/plan-document/plan-task-draft.ts';

export const HA_GIANG_PLAN = {
  plan: '315/KH-UBND',
  issuer: '',
  place: '',
  issuedOn: '2024-07-24',
  provinceCode: 'P02',
  titleVi: '',
  targetYear: 2024,
};

export const HA_GIANG_TASK: PlanTaskDraft = {
  row: 1,
  dimension: '2',
  subdimension: '',
  subdimensionLabel: '',
  task: 'Công khai kế hoạch sử dụng đất cấp xã',
  executingAgencies: ['Sở Tài nguyên và Môi trường'],
  supervisingAgencies: [],
  timeframe: 'Thường xuyên',
  timeframeCode: 'continuous',
  deadline: null,
  flags: [],
};
