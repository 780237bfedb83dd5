// When a table was loaded, as the UI language writes dates and times.

import { LOCALES, type Language } from '../../i18n/languages.ts';
import { MISSING_VALUE } from '../../i18n/format.ts';

/** "17:40 27/11/2026" (vi) / "27/11/2026, 17:40" (en) in the browser's time zone; unreadable → "—". */
export function formatLoadedAt(iso: string | null, lang: Language, timeZone?: string): string {
  if (iso === null) return MISSING_VALUE;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return MISSING_VALUE;
  return new Intl.DateTimeFormat(LOCALES[lang], {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    ...(timeZone === undefined ? {} : { timeZone }),
  }).format(date);
}
