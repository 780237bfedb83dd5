// Search that ignores diacritics: "tham nhung" finds "tham nhũng", "dat dai" finds "đất đai".

/** Lower case, Vietnamese diacritics removed (đ → d), whitespace collapsed. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * True when the folded `query` appears in `foldedText` (already folded) as typed, words in order: "tham nhung"
 * must not match "thẩm quyền … những"; an empty query matches all.
 */
export function matchesSearch(foldedText: string, query: string): boolean {
  return foldedText.includes(foldForSearch(query));
}
