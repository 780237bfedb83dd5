// Exported file names that say what they are: papi_dak-nong_indicator-trend_chi-so-3_2011-2024_2026-11-27.png (ASCII only,
// so they survive e-mail, zip tools and Windows shares).

/** What a file name is made of; empty parts are left out. */
export interface ExportNameParts {
  province: string;
  /** Which chart (the spec id without "chart-", e.g. "indicator-trend"); empty for a deck. */
  chart?: string;
  indicator: string;
  /** e.g. "2011-2024" or "2024". */
  years: string;
  /** The export date. */
  date: Date;
}

/** ASCII slug: "Đắk Nông" → "dak-nong" (đ → d, diacritics dropped, anything else becomes one hyphen). */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The local calendar date as yyyy-mm-dd (the user's day, not UTC's). */
export function formatIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Years as a file-name part: the first and last four-digit year found ("2011–2024" → "2011-2024"). */
export function yearsPart(text: string): string {
  const years = text.match(/\b(19|20)\d{2}\b/g) ?? [];
  const first = years[0];
  const last = years[years.length - 1];
  if (first === undefined || last === undefined) return '';
  return first === last ? first : `${first}-${last}`;
}

/** "papi_<province>_<indicator>_<years>_<date>.<extension>", each part slugged, empty parts dropped. */
export function buildExportFileName(parts: ExportNameParts, extension: string): string {
  const stem = [
    'papi',
    slugify(parts.province),
    slugify(parts.chart ?? ''),
    slugify(parts.indicator),
    slugify(parts.years),
  ]
    .filter((part) => part !== '')
    .concat(formatIsoDate(parts.date))
    .join('_');
  return `${stem}.${extension}`;
}
