// Plural forms: Vietnamese has one, English two; Intl knows each locale's rule.

const rules = new Map<string, Intl.PluralRules>();

/** 'one' where the locale uses a singular form for `count` (English 1), else 'other' (always in Vietnamese). */
export function pluralCategory(locale: string, count: number): 'one' | 'other' {
  let rule = rules.get(locale);
  if (rule === undefined) {
    rule = new Intl.PluralRules(locale);
    rules.set(locale, rule);
  }
  return rule.select(count) === 'one' ? 'one' : 'other';
}
