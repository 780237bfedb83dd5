// The years a chart spans, as its exported file names write them.

/** "2011-2024" from the first and last of `years`, "2024" for one year, "" for none. */
export function yearSpan(years: readonly number[]): string {
  if (years.length === 0) return '';
  const first = Math.min(...years);
  const last = Math.max(...years);
  return first === last ? String(first) : `${String(first)}-${String(last)}`;
}
