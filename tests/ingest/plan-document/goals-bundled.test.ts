// The bundled data/plan-goals.csv is 474/KH-UBND's goal exactly as the plan reader reads it from the seed
// document and a reviewed import would store it, so the hand-kept file cannot drift from the plan's text.
import { describe, expect, it } from 'vitest';
import { planGoalsCell, planGoalsOfRows } from '../../../src/ingest/plan-document/plan-goals-cell.ts';
import { readPlanTargets } from '../../../src/ingest/plan-document/plan-targets.ts';
import type { PlanTaskRow } from '../../../src/ingest/read/import-rows.ts';
import { PLAN_REFERENCE, readRepoFile } from './plan-reference.ts';

describe('data/plan-goals.csv', () => {
  it("is 474/KH-UBND's goal as read from the seed document and stored by an import", () => {
    const seed = readRepoFile('seeds/dak-nong-474-KH-UBND-2024-papi-plan.txt');
    const targets = readPlanTargets(seed.split('\n'), PLAN_REFERENCE.indicators);
    const row = { plan: '474/KH-UBND', plan_goals: planGoalsCell(targets) } as PlanTaskRow;
    expect(readRepoFile('data/plan-goals.csv')).toBe(planGoalsOfRows([row])?.csv);
  });
});
