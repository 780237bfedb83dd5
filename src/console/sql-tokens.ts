// A small SQL lexer for the console's statement guard: words, quoted identifiers, strings, numbers and
// punctuation, with comments dropped. It errs on the safe side: where DuckDB's own scanner might read
// something as code, this lexer reads it as code too (block comments end at the first `*/`, strings and
// quoted identifiers end at their first unescaped quote), so a hidden statement is seen, never swallowed.

/** One token and where it starts in the text (UTF-16 offset). */
export interface SqlToken {
  kind: 'word' | 'quoted-identifier' | 'string' | 'number' | 'symbol';
  /** Words upper-cased; quoted identifiers unquoted; strings without their quotes; symbols as written. */
  value: string;
  offset: number;
}

const WORD_START = /[A-Za-z_\u0080-\uFFFF]/;
const WORD_PART = /[A-Za-z0-9_$\u0080-\uFFFF]/;
const DIGIT = /[0-9]/;
const DOLLAR_TAG = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/;

/** The index just past a quoted run starting at `start` (the opening quote), where a doubled quote escapes it. */
function endOfQuoted(text: string, start: number, quote: string, backslashEscapes: boolean): number {
  let i = start + 1;
  while (i < text.length) {
    const ch = text[i];
    if (backslashEscapes && ch === '\\') {
      i += 2;
      continue;
    }
    if (ch === quote) {
      if (text[i + 1] === quote) {
        i += 2;
        continue;
      }
      return i + 1;
    }
    i += 1;
  }
  return text.length; // unterminated: the rest is one token (DuckDB refuses it as a syntax error)
}

/** Splits `text` into tokens; comments and white space are dropped. */
export function tokenizeSql(text: string): SqlToken[] {
  const tokens: SqlToken[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? '';
    const next = text[i + 1] ?? '';
    if (/\s/.test(ch)) {
      i += 1;
    } else if (ch === '-' && next === '-') {
      const end = text.indexOf('\n', i);
      i = end === -1 ? text.length : end + 1;
    } else if (ch === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 2;
    } else if (ch === "'" || ((ch === 'E' || ch === 'e') && next === "'")) {
      const quoteAt = ch === "'" ? i : i + 1;
      const end = endOfQuoted(text, quoteAt, "'", ch !== "'");
      tokens.push({ kind: 'string', value: text.slice(quoteAt + 1, end - 1), offset: i });
      i = end;
    } else if (ch === '"') {
      const end = endOfQuoted(text, i, '"', false);
      tokens.push({
        kind: 'quoted-identifier',
        value: text.slice(i + 1, end - 1).replaceAll('""', '"'),
        offset: i,
      });
      i = end;
    } else if (ch === '$' && DOLLAR_TAG.test(text.slice(i, i + 66))) {
      const tag = DOLLAR_TAG.exec(text.slice(i, i + 66))?.[0] ?? '$$';
      const close = text.indexOf(tag, i + tag.length);
      const end = close === -1 ? text.length : close + tag.length;
      tokens.push({
        kind: 'string',
        value: text.slice(i + tag.length, close === -1 ? end : close),
        offset: i,
      });
      i = end;
    } else if (WORD_START.test(ch)) {
      let end = i + 1;
      while (end < text.length && WORD_PART.test(text[end] ?? '')) end += 1;
      tokens.push({ kind: 'word', value: text.slice(i, end).toUpperCase(), offset: i });
      i = end;
    } else if (DIGIT.test(ch) || (ch === '.' && DIGIT.test(next))) {
      let end = i + 1;
      while (end < text.length && /[0-9A-Za-z_.]/.test(text[end] ?? '')) end += 1;
      tokens.push({ kind: 'number', value: text.slice(i, end), offset: i });
      i = end;
    } else {
      tokens.push({ kind: 'symbol', value: ch, offset: i });
      i += 1;
    }
  }
  return tokens;
}
