// The bench's verdict on a budget: met, or the gap; with the floor measured in the same run, whether the floor
// itself is past the budget (then no change to the app can meet it).
import { describe, expect, it } from 'vitest';
import { budgetVerdict, type Budget } from './bench-kit.ts';

const budget = (value: number | null, floor?: number | null): Budget => ({
  name: 'interactive',
  value,
  limit: 1.1,
  unit: 'x floor',
  floor,
});

describe('budgetVerdict', () => {
  it('says met within the limit, whatever the floor', () => {
    expect(budgetVerdict(budget(1.05, 0.98))).toBe('met');
    expect(budgetVerdict(budget(1.1))).toBe('met');
  });

  it("gives the gap in the budget's unit, and the floor when one was measured", () => {
    expect(budgetVerdict(budget(1.74))).toBe('gap 0.64x');
    expect(budgetVerdict(budget(1.74, 0.98))).toBe('gap 0.64x; floor 0.98x');
    expect(budgetVerdict(budget(1.74, null))).toBe('gap 0.64x');
  });

  it('says when the floor itself is past the budget, for a ceiling and for a minimum', () => {
    expect(budgetVerdict(budget(1.23, 1.15))).toBe('gap 0.13x; floor 1.15x, past the budget');
    const bytes: Budget = { name: 'JS', value: 369_000, limit: 256_000, unit: 'bytes', floor: 276_000 };
    expect(budgetVerdict(bytes)).toBe('gap 110.4 KB; floor 269.5 KB, past the budget');
    const score: Budget = { name: 'score', value: 80, limit: 90, unit: 'score', atLeast: true, floor: 85 };
    expect(budgetVerdict(score)).toBe('gap 10; floor 85, past the budget');
  });
});
