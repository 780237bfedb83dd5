// Whether a loaded table is the one shipped with the app or holds imported files, from its recorded source.

/** Bundled tables record `bundled: data/<file>` as their source (ingest/bundled-file-names.ts). */
const BUNDLED_PREFIX = 'bundled: ';

export type DatasetOrigin = 'bundled' | 'imported';

/** 'imported' as soon as any file was merged into the table (its source then names the files). */
export function datasetOrigin(source: string | null): DatasetOrigin {
  if (source === null) return 'bundled';
  return source.split('; ').every((part) => part.startsWith(BUNDLED_PREFIX)) ? 'bundled' : 'imported';
}

/** The source as a person reads it: "data/papi-scores.csv" for a bundled file, the file names for imports. */
export function sourceLabel(source: string | null): string {
  if (source === null) return '';
  return source
    .split('; ')
    .map((part) => (part.startsWith(BUNDLED_PREFIX) ? part.slice(BUNDLED_PREFIX.length) : part))
    .join('; ');
}
