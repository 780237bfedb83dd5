// Lists in words: "Đắk Nông, Lâm Đồng và Gia Lai". Intl.ListFormat's first use in a page loads its locale
// data, which cost 80 ms of a phone's first render (the province picker writes a sentence per merged unit).
// The app's two locales join lists the simple way, so those two are written here (a test holds them equal
// to Intl's, for every UI locale); any other locale still asks Intl, once.

/** The word before a list's last item, in each UI locale (languages.ts's LOCALES). */
const LAST_JOIN: Readonly<Record<string, string>> = { 'vi-VN': 'và', 'en-GB': 'and' };

/** The locales joined here without Intl. */
export const LOCALES_JOINED_HERE: readonly string[] = Object.keys(LAST_JOIN);

const conjunctions = new Map<string, Intl.ListFormat>();

/** `items` joined as the locale joins a list with "and": "A, B và C" (vi), "A, B and C" (en-GB). */
export function formatConjunction(locale: string, items: readonly string[]): string {
  const and = LAST_JOIN[locale];
  if (and !== undefined) {
    const last = items.at(-1) ?? '';
    return items.length < 2 ? last : `${items.slice(0, -1).join(', ')} ${and} ${last}`;
  }
  let formatter = conjunctions.get(locale);
  if (formatter === undefined) {
    formatter = new Intl.ListFormat(locale, { type: 'conjunction' });
    conjunctions.set(locale, formatter);
  }
  return formatter.format(items);
}
