// A tiny SQL builder: values are always bound as `?` parameters, never spliced into the text.
// Identifiers (table, view, column names) come only from constants, via `sqlIdentifier`.

/** A value DuckDB can bind to a `?` placeholder. */
export type SqlValue = string | number | boolean | null;

/** SQL text with `?` placeholders and the values bound to them, in order. */
export interface SqlQuery {
  readonly text: string;
  readonly params: readonly SqlValue[];
}

const FRAGMENT = Symbol('sql-fragment');

/** A piece of SQL built by `sql`, `sqlIdentifier`, `sqlJoin` or `sqlRaw`; embeds as SQL, not as a value. */
export interface SqlFragment extends SqlQuery {
  readonly [FRAGMENT]: true;
}

const makeFragment = (text: string, params: readonly SqlValue[]): SqlFragment => ({
  [FRAGMENT]: true,
  text,
  params,
});

const isFragment = (value: unknown): value is SqlFragment =>
  typeof value === 'object' && value !== null && FRAGMENT in value;

/** Template tag: `sql\`SELECT * FROM t WHERE code = ${code}\`` → text with `?`, params [code]. */
export function sql(
  strings: TemplateStringsArray,
  ...values: readonly (SqlValue | SqlFragment)[]
): SqlFragment {
  let text = strings[0] ?? '';
  const params: SqlValue[] = [];
  values.forEach((value, i) => {
    if (isFragment(value)) {
      text += value.text;
      params.push(...value.params);
    } else {
      if (typeof value === 'number' && !Number.isFinite(value)) {
        throw new TypeError(`Cannot bind non-finite number ${String(value)} to SQL.`);
      }
      text += '?';
      params.push(value);
    }
    text += strings[i + 1] ?? '';
  });
  return makeFragment(text, params);
}

const IDENTIFIER_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A quoted identifier; only for names from constants (throws on anything but [A-Za-z0-9_]). */
export function sqlIdentifier(name: string): SqlFragment {
  if (!IDENTIFIER_PATTERN.test(name)) {
    throw new TypeError(`Invalid SQL identifier: ${JSON.stringify(name)}`);
  }
  return makeFragment(`"${name}"`, []);
}

/** Joins fragments with a separator (default `, `), keeping every fragment's params in order. */
export function sqlJoin(parts: readonly SqlFragment[], separator = ', '): SqlFragment {
  return makeFragment(
    parts.map((part) => part.text).join(separator),
    parts.flatMap((part) => part.params),
  );
}

/** Trusted SQL text from a constant (schema scripts); never pass user input here. */
export function sqlRaw(text: string): SqlFragment {
  return makeFragment(text, []);
}

/** A single-quoted SQL string literal, for the few places DuckDB cannot take a parameter (file names in DDL). */
export function sqlStringLiteral(value: string): SqlFragment {
  return makeFragment(`'${value.replaceAll("'", "''")}'`, []);
}

/** The performance measure each statement the app runs leaves in the page's timeline (DevTools, the benchmark, the tests). */
export function sqlMeasureName(text: string): string {
  return `papi:sql ${text.replace(/\s+/g, ' ').trim().slice(0, 80)}`;
}
