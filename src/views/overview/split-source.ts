// A score row's source names the publisher first and how the file was built after ", via "
// (e.g. "CECODES & UNDP, PAPI 2024 (papi.org.vn), via hnks-gh/ml-mcdm@d165721"). Readers need the publisher;
// the repository and commit are for whoever checks the data, so the page tucks them away. A row imported
// from a file that names no source carries the file's stamp (domain/imported-file-source), read as words here.

import { importedFileOf } from '../../domain/imported-file-source.ts';
import type { Translate } from '../../i18n/translate.ts';

/** What a summed score's `source` lists: the distinct publishers, and the full entries as recorded. */
export interface SplitSource {
  /** The publishers, "; "-joined (e.g. "CECODES & UNDP, PAPI 2024 (papi.org.vn)"). */
  publisher: string;
  /** Every recorded entry, in full (repository, commit); empty when there is nothing beyond the publisher. */
  details: string[];
}

const PROVENANCE_SEPARATOR = /,\s*via\s+/i;

/** Splits a (possibly "; "-joined) source into publishers and full entries; none recorded is said so. */
export function splitSource(source: string | null, t: Translate): SplitSource {
  const entries = (source ?? '')
    .split(';')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  if (entries.length === 0) return { publisher: t('overview.sourceNotRecorded'), details: [] };
  const inWords = (entry: string): string => {
    const fileName = importedFileOf(entry);
    return fileName === null ? entry : t('overview.sourceImportedFile', { name: fileName });
  };
  const publisherOf = (entry: string): string =>
    importedFileOf(entry) === null ? (entry.split(PROVENANCE_SEPARATOR)[0]?.trim() ?? entry) : inWords(entry);
  const publishers = [...new Set(entries.map(publisherOf))];
  const hasMore = entries.some((entry) => importedFileOf(entry) === null && PROVENANCE_SEPARATOR.test(entry));
  return { publisher: publishers.join('; '), details: hasMore ? entries.map(inWords) : [] };
}
