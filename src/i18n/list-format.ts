// Lists in words: "Đắk Nông, Lâm Đồng và Gia Lai". A formatter costs far more to create than to use, and the
// province picker writes one sentence per unit, so each locale's formatter is made once.

const conjunctions = new Map<string, Intl.ListFormat>();

/** `items` joined as the locale joins a list with "and": "A, B và C" (vi), "A, B, and C" (en). */
export function formatConjunction(locale: string, items: readonly string[]): string {
  let formatter = conjunctions.get(locale);
  if (formatter === undefined) {
    formatter = new Intl.ListFormat(locale, { type: 'conjunction' });
    conjunctions.set(locale, formatter);
  }
  return formatter.format(items);
}
