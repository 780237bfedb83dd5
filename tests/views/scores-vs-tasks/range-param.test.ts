import { describe, expect, it } from 'vitest';
import { rangeParams, resolveRangeParam } from '../../../src/views/scores-vs-tasks/range-param.ts';

describe('the range URL parameter', () => {
  it("shows the plan's years by default when the province has a plan, every year without one", () => {
    expect(resolveRangeParam(undefined, true)).toBe('plan');
    expect(resolveRangeParam(undefined, false)).toBe('all');
    // A word the parameter does not know asks for nothing: the default.
    expect(resolveRangeParam('recent', true)).toBe('plan');
  });

  it('lets a range the link names win (case and spaces forgiven); the plan span needs a plan', () => {
    expect(resolveRangeParam('all', true)).toBe('all');
    expect(resolveRangeParam(' ALL ', true)).toBe('all');
    expect(resolveRangeParam(' PLAN ', true)).toBe('plan');
    expect(resolveRangeParam('plan', false)).toBe('all');
  });

  it('writes nothing for the default, so links stay short, and the other span explicitly', () => {
    expect(rangeParams('plan', true)).toEqual({});
    expect(rangeParams('all', true)).toEqual({ range: 'all' });
    expect(rangeParams('all', false)).toEqual({});
    // What is written reads back as the same span.
    expect(resolveRangeParam(rangeParams('all', true)['range'], true)).toBe('all');
    expect(resolveRangeParam(rangeParams('plan', true)['range'], true)).toBe('plan');
  });
});
