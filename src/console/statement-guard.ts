// The SQL console's first line of defence: only one read-only query goes to the engine. Checked on
// tokens (comments dropped, strings and quoted names kept whole), so a `;` or a keyword hidden in a
// string or a comment neither splits nor trips the check. The second line is the read-only runner,
// which runs the query in a transaction it always rolls back (console-query.ts).

import { tokenizeSql, type SqlToken } from './sql-tokens.ts';

/** Why a statement was refused; turned into words by the console's i18n. */
export type GuardRefusal =
  | { reason: 'empty' }
  | { reason: 'several-statements'; offset: number }
  | { reason: 'not-a-query'; word: string; offset: number }
  | { reason: 'forbidden-word'; word: string; offset: number }
  | { reason: 'forbidden-function'; word: string; offset: number }
  | { reason: 'file-read'; word: string; offset: number };

export type GuardVerdict = { allowed: true } | ({ allowed: false } & GuardRefusal);

/** Words a read-only query may start with. */
const QUERY_STARTS = new Set(['SELECT', 'WITH', 'FROM', 'VALUES', 'TABLE', 'DESCRIBE', 'SUMMARIZE', 'SHOW']);

/** Statement keywords that write, change settings, reach outside the database or control transactions. */
const FORBIDDEN_WORDS = new Set([
  ...['INSERT', 'UPDATE', 'DELETE', 'MERGE', 'UPSERT', 'TRUNCATE', 'CREATE', 'DROP', 'ALTER', 'COMMENT'],
  ...['ATTACH', 'DETACH', 'USE', 'COPY', 'EXPORT', 'IMPORT', 'INSTALL', 'LOAD', 'FORCE', 'PRAGMA'],
  ...['SET', 'RESET', 'CALL', 'CHECKPOINT', 'VACUUM', 'ANALYZE', 'PREPARE', 'EXECUTE', 'DEALLOCATE'],
  ...['BEGIN', 'COMMIT', 'ROLLBACK', 'ABORT', 'TRANSACTION', 'SECRET', 'DETACH'],
]);

/** Functions that read files or URLs, run SQL text, change state or write logs. */
const FORBIDDEN_FUNCTIONS = [
  /^read_/,
  /_scan$/,
  /^(parquet|iceberg|delta|sqlite|postgres|mysql|json)_/,
  /^(glob|sniff_csv|query|query_table|getenv|checkpoint|force_checkpoint|nextval|setval)$/,
  /^(enable|disable)_/,
  /^truncate_duckdb_logs$/,
  /^pragma_/,
  /^(load|install)_/,
];

// A string in these places names a file or URL DuckDB would read ("replacement scan": FROM 'x.csv').
const FILE_POSITION_WORDS = new Set(['FROM', 'JOIN', 'DESCRIBE', 'SUMMARIZE', 'SHOW', 'TABLE']);
/** Words that end a FROM clause at the same depth (after them, a string after a comma is a value). */
const CLAUSE_WORDS = new Set(['WHERE', 'GROUP', 'HAVING', 'WINDOW', 'QUALIFY', 'ORDER', 'LIMIT', 'OFFSET']);
const CLAUSE_WORDS_SELECT = new Set([
  ...CLAUSE_WORDS,
  'SELECT',
  'UNION',
  'EXCEPT',
  'INTERSECT',
  'ON',
  'USING',
]);

function isForbiddenFunction(name: string): boolean {
  const lower = name.toLowerCase();
  return FORBIDDEN_FUNCTIONS.some((pattern) => pattern.test(lower));
}

/** The statements' tokens, split at top-level `;` (empty statements dropped). */
function splitStatements(tokens: readonly SqlToken[]): SqlToken[][] {
  const statements: SqlToken[][] = [[]];
  for (const token of tokens) {
    if (token.kind === 'symbol' && token.value === ';') statements.push([]);
    else statements[statements.length - 1]?.push(token);
  }
  return statements.filter((statement) => statement.length > 0);
}

/** A string, or a quoted name that looks like a path ("x.csv"): DuckDB reads either as a file in FROM. */
const readsAsFile = (token: SqlToken): boolean =>
  token.kind === 'string' || (token.kind === 'quoted-identifier' && /[./\\:]/.test(token.value));

/** A string read as a file: right after FROM/JOIN/…, or after a comma or `(` inside a FROM clause. */
function findFileRead(tokens: readonly SqlToken[]): SqlToken | null {
  // Per parenthesis depth: are we inside a FROM clause?
  const inFrom: boolean[] = [false];
  let previous: SqlToken | null = null;
  for (const token of tokens) {
    const depth = inFrom.length - 1;
    if (readsAsFile(token) && previous !== null) {
      const afterFileWord = previous.kind === 'word' && FILE_POSITION_WORDS.has(previous.value);
      const afterListSymbol =
        previous.kind === 'symbol' && (previous.value === ',' || previous.value === '(');
      const fromAtThisDepth =
        inFrom[depth] === true || (previous.value === '(' && inFrom[depth - 1] === true);
      if (afterFileWord || (afterListSymbol && fromAtThisDepth)) return token;
    }
    if (token.kind === 'word') {
      if (token.value === 'FROM' || token.value === 'JOIN') inFrom[depth] = true;
      else if (CLAUSE_WORDS_SELECT.has(token.value)) inFrom[depth] = false;
    } else if (token.kind === 'symbol' && token.value === '(') {
      // A call's arguments (range(3), unnest([...])) are values; a sub-query starts its own clause state.
      inFrom.push(false);
    } else if (token.kind === 'symbol' && token.value === ')' && inFrom.length > 1) {
      inFrom.pop();
    }
    previous = token;
  }
  return null;
}

/** Allows exactly one read-only query; anything else is refused with the reason and where it is. */
export function checkConsoleStatement(text: string): GuardVerdict {
  const statements = splitStatements(tokenizeSql(text));
  const [statement, second] = statements;
  if (statement === undefined) return { allowed: false, reason: 'empty' };
  if (second !== undefined) {
    return { allowed: false, reason: 'several-statements', offset: second[0]?.offset ?? 0 };
  }
  const first = statement.find((token) => !(token.kind === 'symbol' && token.value === '('));
  if (first === undefined || first.kind !== 'word' || !QUERY_STARTS.has(first.value)) {
    return { allowed: false, reason: 'not-a-query', word: first?.value ?? '', offset: first?.offset ?? 0 };
  }
  for (const [index, token] of statement.entries()) {
    if (token.kind === 'word' && FORBIDDEN_WORDS.has(token.value)) {
      return { allowed: false, reason: 'forbidden-word', word: token.value, offset: token.offset };
    }
    const isName = token.kind === 'word' || token.kind === 'quoted-identifier';
    const nextToken = statement[index + 1];
    const isCall = nextToken?.kind === 'symbol' && nextToken.value === '(';
    if (isName && isCall && isForbiddenFunction(token.value)) {
      return {
        allowed: false,
        reason: 'forbidden-function',
        word: token.value.toLowerCase(),
        offset: token.offset,
      };
    }
  }
  const fileRead = findFileRead(statement);
  if (fileRead !== null) {
    return { allowed: false, reason: 'file-read', word: fileRead.value, offset: fileRead.offset };
  }
  return { allowed: true };
}
