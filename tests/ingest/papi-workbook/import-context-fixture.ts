// The reference data a dropped workbook is read against (the bundled provinces and indicators), shared by the
// official-workbook reader tests: one engine per file, opened before its tests and closed after them.
import { afterAll, beforeAll } from 'vitest';
import type { Connector } from '../../../src/db/connector.ts';
import { fetchImportContext } from '../../../src/ingest/apply/fetch-import-context.ts';
import type { ImportContext } from '../../../src/ingest/read/import-rows.ts';
import { createLoadedConnector } from '../../helpers/data-files.ts';

export interface ImportContextFixture {
  /** The context readImportFile takes (valid inside tests). */
  readonly context: ImportContext;
  /** The app's code of an old province by its Vietnamese name. */
  codeOf(name: string): string;
}

/** Registers the hooks; call once at the top of a test file. */
export function setupImportContext(): ImportContextFixture {
  let conn: Connector | undefined;
  let loaded: ImportContext | undefined;
  let byName = new Map<string, string>();
  beforeAll(async () => {
    conn = await createLoadedConnector();
    loaded = await fetchImportContext(conn);
    byName = new Map(loaded.provinces.filter((p) => p.kind === 'old').map((p) => [p.name_vi, p.code]));
  });
  afterAll(async () => {
    await conn?.close();
  });
  return {
    get context() {
      if (loaded === undefined) throw new Error('import context not loaded: use it inside a test');
      return loaded;
    },
    codeOf: (name) => byName.get(name) ?? `unknown ${name}`,
  };
}
