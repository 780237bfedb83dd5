import { afterEach, describe, expect, it, vi } from 'vitest';
import { warmIntl } from '../../src/i18n/warm-intl.ts';

afterEach(() => vi.restoreAllMocks());

describe('warmIntl', () => {
  it('asks each Intl service the first screen uses once, for the locale, each in a task of its own', () => {
    const { Collator, PluralRules } = Intl;
    // Each spy still builds the real service (a spy called with `new` needs a function, not an arrow).
    const collator = vi.spyOn(Intl, 'Collator').mockImplementation(function (...args) {
      return new Collator(...args);
    });
    const pluralRules = vi.spyOn(Intl, 'PluralRules').mockImplementation(function (...args) {
      return new PluralRules(...args);
    });
    const tasks: (() => void)[] = [];
    warmIntl('vi-VN', (task) => tasks.push(task));
    // Nothing in the entry's own task: it would lengthen it.
    expect(collator).not.toHaveBeenCalled();
    expect(pluralRules).not.toHaveBeenCalled();

    const callsAfterEachTask = tasks.map((task) => {
      task();
      return [collator.mock.calls.length, pluralRules.mock.calls.length];
    });
    expect(callsAfterEachTask).toEqual([
      [1, 0],
      [1, 1],
    ]);
    for (const spy of [collator, pluralRules]) expect(spy.mock.calls[0]?.[0]).toBe('vi-VN');
  });
});
