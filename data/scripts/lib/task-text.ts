/** Turns a task cell (plain text or small HTML fragments) into plain text, one bullet item per line. */

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/** Decodes named (the common few) and numeric HTML entities; fails on a named one it does not know. */
export function decodeHtmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body.startsWith('#x') || body.startsWith('#X'))
      return String.fromCodePoint(parseInt(body.slice(2), 16));
    if (body.startsWith('#')) return String.fromCodePoint(parseInt(body.slice(1), 10));
    const named = NAMED_ENTITIES[body.toLowerCase()];
    if (named === undefined) throw new Error(`unknown HTML entity ${whole}`);
    return named;
  });
}

// Block tags end a line; the plan only uses <ul>, <li> and <p>.
const BLOCK_TAG = /<\/?(?:ul|ol|li|p|div|br)\b[^>]*>/gi;
// A bullet inside a line: "…; - Next item" (the dash follows the end of the previous item).
const INLINE_BULLET = /(?<=[;.:])\s+(?=-\s)/;

/** Plain text of a task: HTML removed, entities decoded, whitespace collapsed, bullets one per line. */
export function taskTextFromCell(cell: string): string {
  const text = decodeHtmlEntities(cell.replace(BLOCK_TAG, '\n'));
  if (/<\/?[a-z][^>]*>/i.test(text)) throw new Error(`unexpected HTML tag in task: ${text}`);
  return text
    .split('\n')
    .flatMap((line) => line.split(INLINE_BULLET))
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .map((line) => line.replace(/^-\s*/, '- '))
    .join('\n');
}
