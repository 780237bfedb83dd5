import { describe, expect, it } from 'vitest';
import {
  axisYears,
  buildPanels,
  clipPanels,
  planWindow,
} from '../../../src/views/scores-vs-tasks/build-panels.ts';

const dims = [
  { code: '1', name: 'Tham gia' },
  { code: '7', name: 'Môi trường' },
];
const scores = [
  { indicator: '1', year: 2017, score: 5, comparableWithPrevious: true },
  { indicator: '1', year: 2023, score: 5.1, comparableWithPrevious: true },
  { indicator: '7', year: 2024, score: 3.3, comparableWithPrevious: true },
];
const completion = {
  planTargetYear: 2024,
  taskCounts: { '1': 2 },
  points: [
    {
      dimension: '1',
      period: '2025-Q4',
      periodEnd: '2025-12-31',
      taskCount: 2,
      pairCount: 4,
      pairsDone: 1,
      completionRate: 0.25,
    },
  ],
};

describe('the panels of the scores-vs-tasks view', () => {
  it('gives each dimension its scores and its completion, [] when the plan has no task there', () => {
    const panels = buildPanels(dims, scores, completion);
    expect(panels.map((p) => [p.dimension, p.scores.length, p.completion?.length])).toEqual([
      ['1', 2, 1],
      ['7', 1, 0],
    ]);
  });

  it('has no completion at all (null, not empty) when the province has no plan', () => {
    const panels = buildPanels(dims, scores, { planTargetYear: null, taskCounts: {}, points: [] });
    expect(panels.map((p) => p.completion)).toEqual([null, null]);
  });

  it('spans every score year, period end and the target year', () => {
    expect(axisYears(scores, completion)).toEqual({ from: 2017, to: 2025 });
    expect(axisYears([], { planTargetYear: null, taskCounts: {}, points: [] })).toBeNull();
  });

  it("the plan's years start at the survey year before the one it aims at, or at its first report period when earlier", () => {
    const panels = buildPanels(dims, scores, completion);
    expect(planWindow({ from: 2011, to: 2025 }, 2024, panels)).toEqual({ from: 2023, to: 2025 });
    const earlier = buildPanels(dims, scores, {
      ...completion,
      points: completion.points.map((p) => ({ ...p, period: '2022-Q4', periodEnd: '2022-12-31' })),
    });
    expect(planWindow({ from: 2011, to: 2025 }, 2024, earlier)).toEqual({ from: 2022, to: 2025 });
    expect(planWindow({ from: 2024, to: 2025 }, 2024, panels)).toEqual({ from: 2024, to: 2025 });
    expect(planWindow({ from: 2011, to: 2025 }, null, panels)).toBeNull();
    const clipped = clipPanels(panels, { from: 2024, to: 2025 });
    expect(clipped[0]?.scores.map((s) => s.year)).toEqual([]);
    expect(clipped[1]?.scores.map((s) => s.year)).toEqual([2024]);
    expect(clipped[0]?.completion).toHaveLength(1);
  });
});
