import { describe, expect, test } from 'vitest';
import { interactiveFloorRatio } from './interactive-floor.ts';

describe('interactiveFloorRatio: the least a live answer can take in a run', () => {
  test("adds the floor page's own time from its engine's instantiation to its figure to the app's instantiation", () => {
    // App instantiated at 1,600 ms; the floor page took 1,250 → 1,600 ms to its figure; its chart at 1,700 ms.
    const value = interactiveFloorRatio({
      appInstantiated: 1600,
      floorInstantiated: 1250,
      floorFigures: 1600,
      floorChart: 1700,
    });
    expect(value).toBeCloseTo((1600 + 350) / 1700);
  });

  test('a run missing any of the times gives no floor rather than a smaller one', () => {
    const run = { appInstantiated: 1600, floorInstantiated: 1250, floorFigures: 1600, floorChart: 1700 };
    expect(interactiveFloorRatio({ ...run, appInstantiated: null })).toBeNull();
    expect(interactiveFloorRatio({ ...run, floorInstantiated: null })).toBeNull();
    expect(interactiveFloorRatio({ ...run, floorFigures: null })).toBeNull();
    expect(interactiveFloorRatio({ ...run, floorChart: null })).toBeNull();
  });
});
