import { describe, expect, it } from 'vitest';
import { rangeParams, resolveRangeParam } from '../../../src/views/scores-vs-tasks/range-param';

describe('the range URL parameter', () => {
  it("reads 'plan' (case and spaces forgiven) only when the province has a plan; anything else is every year", () => {
    expect(resolveRangeParam('plan', true)).toBe('plan');
    expect(resolveRangeParam(' PLAN ', true)).toBe('plan');
    expect(resolveRangeParam('plan', false)).toBe('all');
    expect(resolveRangeParam(undefined, true)).toBe('all');
    expect(resolveRangeParam('recent', true)).toBe('all');
  });

  it('writes nothing for the default, so links stay short', () => {
    expect(rangeParams('all')).toEqual({});
    expect(rangeParams('plan')).toEqual({ range: 'plan' });
  });
});
