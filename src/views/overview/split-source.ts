// A score row's source names the publisher first and how the file was built after ", via "
// (e.g. "CECODES & UNDP, PAPI 2024 (papi.org.vn), via hnks-gh/ml-mcdm@d165721"). Readers need the publisher;
// the repository and commit are for whoever checks the data, so the page tucks them away.

/** What a summed score's `source` lists: the distinct publishers, and the full entries as recorded. */
export interface SplitSource {
  /** The publishers, "; "-joined (e.g. "CECODES & UNDP, PAPI 2024 (papi.org.vn)"). */
  publisher: string;
  /** Every recorded entry, in full (repository, commit); empty when there is nothing beyond the publisher. */
  details: string[];
}

const PROVENANCE_SEPARATOR = /,\s*via\s+/i;

/** Splits a (possibly "; "-joined) source into publishers and full entries. */
export function splitSource(source: string): SplitSource {
  const entries = source
    .split(';')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  const publishers = [
    ...new Set(entries.map((entry) => entry.split(PROVENANCE_SEPARATOR)[0]?.trim() ?? entry)),
  ];
  const hasMore = entries.some((entry) => PROVENANCE_SEPARATOR.test(entry));
  return { publisher: publishers.join('; '), details: hasMore ? entries : [] };
}
