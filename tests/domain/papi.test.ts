// The published precision, decided once: what charts draw and what "reached" means.
import { describe, expect, it } from 'vitest';
import { pointsToCut, pointsToReach, roundAsPublished } from '../../src/domain/papi.ts';

describe('roundAsPublished', () => {
  it('rounds to the two decimals PAPI publishes', () => {
    expect(roundAsPublished(38.9749)).toBe(38.97);
    expect(roundAsPublished(40.5274)).toBe(40.53);
    expect(roundAsPublished(-0.9649)).toBe(-0.96);
  });
});

describe('pointsToReach', () => {
  it('is 0 when score and target read the same at two decimals, either way round', () => {
    expect(pointsToReach(45.3299, 45.33)).toBe(0);
    expect(pointsToReach(5.1201, 5.1249)).toBe(0);
    expect(pointsToReach(6.2, 5.8)).toBe(0);
  });

  it('is the difference of what the reader sees otherwise, without float dust', () => {
    expect(pointsToReach(45.16, 45.33)).toBe(0.17);
    expect(pointsToReach(5.1249, 5.13)).toBe(0.01);
    expect(pointsToReach(38.97, 40.54)).toBe(1.57);
  });
});

describe('pointsToCut', () => {
  it('is 0 at or above the cut, judged on the unrounded figures as the groups are', () => {
    expect(pointsToCut(41.94, 41.9391)).toBe(0);
    expect(pointsToCut(41.9391, 41.9391)).toBe(0);
  });

  it('is the difference of the figures as written below it (40,54 to 41,94: 1,40), and never 0 below it', () => {
    expect(pointsToCut(40.5374, 41.9391)).toBe(1.4);
    expect(pointsToCut(40.534, 41.936)).toBe(1.41);
    expect(pointsToCut(5.1201, 5.1249)).toBe(0.01);
  });
});
