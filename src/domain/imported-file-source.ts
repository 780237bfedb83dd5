// The source a score row records when its file names none: the file it was imported from. The import
// stamps it (ingest), the headline reads it back (views), so the wording lives in the UI language only.

/** Prefix of a stamped source, like `bundled: ` for bundled tables: data, not words shown to a reader. */
const IMPORTED_FILE_PREFIX = 'imported file: ';

/** The source recorded for a score row of `fileName` that names no source of its own. */
export function importedFileSource(fileName: string): string {
  return `${IMPORTED_FILE_PREFIX}${fileName}`;
}

/** The file name a stamped source names, or null when `source` is a source written in the data. */
export function importedFileOf(source: string): string | null {
  return source.startsWith(IMPORTED_FILE_PREFIX) ? source.slice(IMPORTED_FILE_PREFIX.length) : null;
}
