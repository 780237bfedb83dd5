/**
 * Files above this are refused before reading: a 1,000,000-row long scores file is ~30 MB, and the
 * browser holds a file several times over while importing (bytes, decoded text, rows, DuckDB's copy).
 */
export const MAX_IMPORT_FILE_BYTES = 50 * 1024 * 1024;
