// A task cell (plain text or small HTML fragments) as plain text, one bullet item per line.

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/** Decodes the common named and all numeric HTML entities; an unknown named one is left as written. */
export function decodeHtmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body.startsWith('#x') || body.startsWith('#X'))
      return String.fromCodePoint(parseInt(body.slice(2), 16));
    if (body.startsWith('#')) return String.fromCodePoint(parseInt(body.slice(1), 10));
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

// Block tags end a line (the seed uses <ul>, <li> and <p>; Word's clipboard adds <div> and <br>).
const BLOCK_TAG = /<\/?(?:ul|ol|li|p|div|br|h[1-6]|tr)\b[^>]*>/gi;
// Inline tags (<span>, <strong>, <o:p> from Word) carry no text of their own.
const ANY_TAG = /<\/?[a-z][\w:-]*\b[^>]*>/gi;
// A bullet inside a line: "…; - Next item" (the dash follows the end of the previous item).
const INLINE_BULLET = /(?<=[;.:])\s+(?=-\s)/;
// Word's own bullet characters, written as a dash like the plan's bullets.
const WORD_BULLET = /^[•·▪◦●]\s*/;

/** Plain text of a cell: tags removed (blocks become line breaks), entities decoded, spaces collapsed per line. */
export function cellLines(cell: string): string[] {
  const text = decodeHtmlEntities(cell.replace(BLOCK_TAG, '\n').replace(ANY_TAG, ''));
  return text
    .normalize('NFC')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
}

/** A label or agency cell as one line. */
export function cellText(cell: string): string {
  return cellLines(cell).join(' ');
}

/** Plain text of a task: HTML removed, entities decoded, whitespace collapsed, bullets one per line. */
export function taskTextFromCell(cell: string): string {
  return cellLines(cell)
    .flatMap((line) => line.split(INLINE_BULLET))
    .map((line) => line.replace(/\s+/g, ' ').trim().replace(WORD_BULLET, '- '))
    .filter((line) => line !== '')
    .map((line) => line.replace(/^-\s*/, '- '))
    .join('\n');
}
