import { describe, expect, it } from 'vitest';
import { checkGoal, type GoalStanding } from '../../src/domain/goal-check.ts';
import { GROUPS_LOW_TO_HIGH } from '../../src/domain/papi-groups.ts';

// A province in the Lower-middle group, 12th of 34 in the new map, against the year before in the same map.
const yearBefore = { score: 44, group: 'low', rank: 15, scoredCount: 34, unitKind: 'new' } as const;
const standing: GoalStanding = {
  score: 45.3299,
  group: 'lower_middle',
  rank: 12,
  scoredCount: 34,
  unitKind: 'new',
  nextGroupThreshold: 46.1,
  since: yearBefore,
  comparableSince: true,
};

describe('checkGoal', () => {
  it('reads a score to two decimals, as plans write and the app shows it', () => {
    expect(checkGoal({ kind: 'score', score: 45.33 }, standing)).toMatchObject({
      verdict: 'met',
      pointsToGo: 0,
    });
    const short = checkGoal({ kind: 'score', score: 45.5 }, standing);
    expect(short.verdict).toBe('not_met');
    expect(short.kind === 'score' ? short.pointsToGo : null).toBeCloseTo(0.17, 6);
  });

  it('a group goal is met at that group or any above it', () => {
    const verdicts = GROUPS_LOW_TO_HIGH.map((group) => checkGoal({ kind: 'group', group }, standing).verdict);
    expect(verdicts).toEqual(['met', 'met', 'not_met', 'not_met']);
  });

  it('ranks of two different maps (63 old units, 34 new ones) are not compared', () => {
    const acrossMaps = { ...standing, since: { ...yearBefore, unitKind: 'old', rank: 40 } };
    expect(checkGoal({ kind: 'rank', places: 1, since: 2024 }, acrossMaps).verdict).toBe('not_comparable');
    expect(checkGoal({ kind: 'rank', places: 3, since: 2024 }, standing).verdict).toBe('met');
  });

  it('a rise is not met when one part it asks for is not, and ignores the part it does not ask for', () => {
    const fell = { ...standing, score: 43.5 };
    expect(checkGoal({ kind: 'rise', score: true, group: true, since: 2024 }, fell)).toMatchObject({
      verdict: 'not_met',
      scoreUp: 'not_met',
      groupUp: 'met',
    });
    expect(checkGoal({ kind: 'rise', score: false, group: true, since: 2024 }, fell)).toMatchObject({
      verdict: 'met',
      scoreUp: null,
    });
  });
});
