import { describe, expect, it } from 'vitest';
import { createI18n } from '../../src/i18n/create-i18n.ts';
import { pluralCategory } from '../../src/i18n/plural.ts';

const taskCount = (lang: 'vi' | 'en', count: number): string => {
  const { t, locale } = createI18n(lang);
  return t(pluralCategory(locale, count) === 'one' ? 'table.tasks.one' : 'table.tasks.other', { count });
};

describe('pluralCategory', () => {
  it('uses the singular in English for one task only', () => {
    expect(taskCount('en', 1)).toBe('1 task');
    expect(taskCount('en', 0)).toBe('0 tasks');
    expect(taskCount('en', 4)).toBe('4 tasks');
  });

  it('has one form in Vietnamese', () => {
    expect(taskCount('vi', 1)).toBe('1 nhiệm vụ');
    expect(taskCount('vi', 4)).toBe('4 nhiệm vụ');
  });
});
