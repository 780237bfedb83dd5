// Global setup of the unit project: loads the bundled data set once, the app's way, and dumps the
// result to a temporary folder that createLoadedConnector restores in every test file (a restore
// costs a fraction of a load: no CSV of 2 MB to parse, no derived table to rebuild).
// The folder reaches the test workers through the environment, which they inherit.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadBundledConnector } from '../helpers/data-files.ts';
import { BUNDLED_DUMP_DIR_ENV, dumpDatabase } from '../helpers/database-dump.ts';

/** Writes the dump and points the workers at it; the returned teardown deletes it. */
export default async function setup(): Promise<() => void> {
  const dir = mkdtempSync(join(tmpdir(), 'papi-bundled-dump-'));
  const conn = await loadBundledConnector({ diskAccess: true });
  try {
    await dumpDatabase(conn, dir);
  } finally {
    await conn.close();
  }
  process.env[BUNDLED_DUMP_DIR_ENV] = dir;
  return () => {
    rmSync(dir, { recursive: true, force: true });
  };
}
