import { describe, expect, it } from 'vitest';
import { editDistance, nearestTaskIds } from '../../src/ingest/read/nearest-task-ids.ts';

const KNOWN = ['474-1.1-a', '474-1.2-a', '474-2.1-a', '474-3.3-b', '474-3.3-c', 'HN-1.1-a'];

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['474-1.1-a', '474-1.1-a', 0],
    ['474-1.1-x', '474-1.1-a', 1],
    ['474-11-a', '474-1.1-a', 1],
    ['hn-1.1-A', 'HN-1.1-a', 0],
    ['kitten', 'sitting', 3],
  ])('%s → %s takes %i edits', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});

describe('nearestTaskIds', () => {
  it('puts the id one typo away first', () => {
    expect(nearestTaskIds('474-3.3-d', KNOWN)[0]).toBe('474-3.3-b');
    expect(nearestTaskIds('474-11-a', KNOWN)[0]).toBe('474-1.1-a');
  });

  it('breaks equal distances by the longer shared prefix, then by code order', () => {
    // 474-3.3-b and 474-3.3-c are one edit from 474-3.3-x, with the same prefix: code order decides.
    expect(nearestTaskIds('474-3.3-x', KNOWN, 2)).toEqual(['474-3.3-b', '474-3.3-c']);
    // HN-1.1-b: HN-1.1-a is one edit away; 474-1.1-a shares no prefix and is further.
    expect(nearestTaskIds('HN-1.1-b', KNOWN, 1)).toEqual(['HN-1.1-a']);
  });

  it('suggests three known ids even when none is close, each once', () => {
    const nearest = nearestTaskIds('ZZZ-99', [...KNOWN, ...KNOWN]);
    expect(nearest).toHaveLength(3);
    expect(new Set(nearest).size).toBe(3);
    for (const id of nearest) expect(KNOWN).toContain(id);
  });

  it('suggests nothing when no plan is loaded', () => {
    expect(nearestTaskIds('ZZZ-99', [])).toEqual([]);
  });
});
