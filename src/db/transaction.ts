// A script run as one transaction: all of it or none, and never a connection left inside a failed transaction (the
// next statement would fail too).

import type { Connector } from './connector.ts';
import { sql, sqlJoin, type SqlFragment } from './sql.ts';

/** Runs `statements` in one transaction; on failure rolls it back and rethrows. */
export async function runInTransaction(conn: Connector, statements: readonly SqlFragment[]): Promise<void> {
  try {
    await conn.query(sql`BEGIN TRANSACTION; ${sqlJoin(statements, ';\n')}; COMMIT`);
  } catch (error) {
    await conn.query(sql`ROLLBACK`).catch(() => undefined);
    throw error;
  }
}
