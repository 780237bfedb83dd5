// Engine errors rethrown with the SQL that caused them (after mosaic's query-error).

/** An engine error that carries the SQL text and bound params. */
export class QueryError extends Error {
  readonly sql: string;
  readonly params: readonly unknown[];

  constructor(cause: unknown, sql: string, params: readonly unknown[] = []) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`${reason}\nSQL: ${sql.trim()}${params.length > 0 ? `\nParams: ${JSON.stringify(params)}` : ''}`, {
      cause,
    });
    this.name = 'QueryError';
    this.sql = sql;
    this.params = params;
  }
}
