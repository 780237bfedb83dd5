// Search that ignores diacritics: "tham nhung" finds "tham nhũng", "dat dai" finds "đất đai".
import { foldDiacritics } from '../../domain/fold-text.ts';

/** Lower case, Vietnamese diacritics removed (đ → d), whitespace collapsed: the importer's folding. */
export const foldForSearch = foldDiacritics;

/**
 * True when the folded `query` appears in `foldedText` (already folded) as typed, words in order: "tham nhung"
 * must not match "thẩm quyền … những"; an empty query matches all.
 */
export function matchesSearch(foldedText: string, query: string): boolean {
  return foldedText.includes(foldForSearch(query));
}
