// The workspace as a file, in Node (fake-indexeddb for the browser's stores, DuckDB for the engine): a backup
// restored in another profile gives back every kind, and its kept import applies again; the manifest is checked
// against hashes computed here; a failed write puts back what was there; older files (version 0, version 1
// without the imports' checked rows) migrate.
import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import packageJson from '../../../package.json';
import { sql } from '../../../src/db/sql.ts';
import { loadBundledAndStoredImports } from '../../../src/session/database-start.ts';
import { createDatabaseStore } from '../../../src/session/database-store.ts';
import { REAPPLY_MARK } from '../../../src/session/reapply-kept-imports.ts';
import { readBackupArchive } from '../../../src/storage/backup/read-backup-archive.ts';
import { writeBackupArchive } from '../../../src/storage/backup/write-backup-archive.ts';
import {
  BROWSER_WORKSPACE_STORES,
  readWorkspace,
  replaceWorkspace,
  type WorkspaceStores,
} from '../../../src/storage/backup/workspace-stores.ts';
import { closeBriefingStore } from '../../../src/storage/briefing-store.ts';
import { withUnkeptImports } from '../../../src/storage/backup/with-unkept-imports.ts';
import { writeDimensionTarget } from '../../../src/storage/dimension-targets-store.ts';
import { listImportedFiles } from '../../../src/storage/imported-files-store.ts';
import { readBundledFiles } from '../../helpers/data-files.ts';
import { createNodeConnector } from '../../helpers/node-duckdb.ts';
import {
  freshProfile,
  jsonBytes,
  keepSomethingOfEveryKind,
  parseJsonBytes,
  unzipAll,
  zipAll,
} from './workspace-fixture.ts';

beforeEach(freshProfile);
afterEach(async () => {
  await closeBriefingStore();
  vi.unstubAllGlobals();
});

const CREATED_AT = new Date('2026-12-03T08:00:00.000Z');

/** The detail of the last start-up re-apply (how many files, how many read again from their bytes). */
const lastReapply = (): unknown =>
  (performance.getEntriesByName(REAPPLY_MARK).at(-1) as PerformanceMark | undefined)?.detail;

/** The archive as version 1 wrote it: no rows entries, no `rows` in imports.json, entries hashed again. */
async function asVersion1(files: Map<string, Uint8Array>): Promise<Map<string, Uint8Array>> {
  const v1 = new Map([...files].filter(([path]) => !path.endsWith('.rows.json')));
  const imports = (parseJsonBytes(v1.get('imports.json')) as unknown as Record<string, unknown>[]).map(
    ({ rows: _rows, ...entry }) => entry,
  );
  v1.set('imports.json', jsonBytes(imports));
  v1.delete('manifest.json');
  const entries = [...v1].map(([path, bytes]) => ({
    path,
    bytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  }));
  v1.set(
    'manifest.json',
    jsonBytes({ ...parseJsonBytes(files.get('manifest.json')), formatVersion: 1, entries }),
  );
  return v1;
}

async function keptNow() {
  const read = await readWorkspace();
  if (!read.ok) throw new Error(read.error);
  return read.value;
}

describe('workspace backup round trip', () => {
  it('restored in another profile, every kind comes back as it was, replacing what that profile kept', async () => {
    await keepSomethingOfEveryKind();
    const before = await keptNow();
    const archive = await writeBackupArchive(before, CREATED_AT);

    await freshProfile();
    await writeDimensionTarget('P31', '1', { kind: 'high' }); // the other profile's own, to be replaced
    const read = await readBackupArchive(archive);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(await replaceWorkspace(read.contents)).toEqual({ ok: true });

    const after = await keptNow();
    expect(after).toEqual(before);
    expect(after.targets.map((entry) => entry.provinceCode)).toEqual(['P01', 'P43']);
    expect(after.deck.title).toBe('Giao ban PAPI quý IV');
    expect(after.deck.slides.map((slide) => slide.note)).toEqual(['', 'Nhấn mạnh khoảng cách ở chỉ số 4']);
    expect(after.imports[1]).toMatchObject({
      sheet: 'Quý IV',
      years: [2023, 2024],
      typedYear: 2024,
      mode: 'add-only',
    });
  });

  it('the restored scores file applies from its checked rows on a fresh engine, without reading its bytes', async () => {
    await keepSomethingOfEveryKind();
    const archive = await writeBackupArchive(await keptNow(), CREATED_AT);
    await freshProfile();
    const read = await readBackupArchive(archive);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.contents.imports[0]?.canonical?.kind).toBe('scores_long');
    await replaceWorkspace(read.contents);

    const conn = await createNodeConnector();
    const store = createDatabaseStore();
    await loadBundledAndStoredImports(conn, store, readBundledFiles());
    const rows = await conn.query<{ score: number }>(
      sql`SELECT score FROM score_rows WHERE year = 2025 AND indicator = 'total'`,
    );
    expect(rows.map((row) => row.score)).toEqual([44.73]);
    // Only the second import, kept without rows, was read from its bytes.
    expect(lastReapply()).toEqual({ files: 2, reread: 1 });
    await conn.close();
  });

  it('restores a version 1 backup (no checked rows): read once from its bytes, its rows kept from then on', async () => {
    await keepSomethingOfEveryKind();
    const before = await keptNow();
    const v1 = await asVersion1(await unzipAll(await writeBackupArchive(before, CREATED_AT)));
    await freshProfile();
    const read = await readBackupArchive(await zipAll(v1));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.manifest.formatVersion).toBe(2);
    expect(read.contents.imports.map((file) => file.canonical)).toEqual([undefined, undefined]);
    expect(await replaceWorkspace(read.contents)).toEqual({ ok: true });

    const conn = await createNodeConnector();
    const store = createDatabaseStore();
    await loadBundledAndStoredImports(conn, store, readBundledFiles());
    expect(lastReapply()).toEqual({ files: 2, reread: 2 });
    const rows = await conn.query<{ score: number }>(
      sql`SELECT score FROM score_rows WHERE year = 2025 AND indicator = 'total'`,
    );
    expect(rows.map((row) => row.score)).toEqual([44.73]);
    // The scores file's rows were rebuilt from its bytes as its import had kept them: the next start uses them.
    expect((await keptNow()).imports.map((file) => file.canonical)).toEqual([
      before.imports[0]?.canonical,
      undefined,
    ]);
    await loadBundledAndStoredImports(conn, store, readBundledFiles());
    expect(lastReapply()).toEqual({ files: 2, reread: 1 });
    await conn.close();
  });

  it('the restored scores file applies again on a fresh engine, as at start-up', async () => {
    await keepSomethingOfEveryKind();
    const archive = await writeBackupArchive(await keptNow(), CREATED_AT);
    await freshProfile();
    const read = await readBackupArchive(archive);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    await replaceWorkspace(read.contents);

    const conn = await createNodeConnector();
    const store = createDatabaseStore();
    await loadBundledAndStoredImports(conn, store, readBundledFiles());
    // The fixture's line "TP. Hồ Chí Minh,2025,total,44.73".
    const rows = await conn.query<{ score: number }>(
      sql`SELECT score FROM score_rows WHERE year = 2025 AND indicator = 'total'`,
    );
    expect(rows.map((row) => row.score)).toEqual([44.73]);
    // The second import is a few bytes, not a workbook: reported by name, as at any start-up.
    expect(store.getState().storedImports.applied).toBe(1);
    expect(store.getState().storedImports.failed.map((failure) => failure.file)).toEqual([
      'Báo cáo quý IV.xlsx',
    ]);
    await conn.close();
  });

  it('a backup with the files this tab could not keep holds them after the kept ones, and the restore keeps them', async () => {
    await keepSomethingOfEveryKind();
    const before = await keptNow();
    const unkept = {
      name: 'tien-do-quy-I-2025.csv',
      bytes: new TextEncoder().encode('Mã nhiệm vụ;Kỳ báo cáo;Đơn vị;Trạng thái\n'),
      sheet: null,
      years: null,
      typedYear: null,
      mode: 'replace-overlapping' as const,
      importedAt: '2026-12-01T07:00:00.000Z',
    };
    const archive = await writeBackupArchive(withUnkeptImports(before, [unkept]), CREATED_AT);
    await freshProfile();
    const read = await readBackupArchive(archive);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.manifest.counts.imports).toBe(3);
    await replaceWorkspace(read.contents);
    const after = await keptNow();
    expect(after.imports.map((file) => file.name)).toEqual([
      'scores-long-2025.csv',
      'Báo cáo quý IV.xlsx',
      'tien-do-quy-I-2025.csv',
    ]);
    expect(after.imports[2]?.bytes).toEqual(unkept.bytes);
  });

  it('writes a manifest with the format, the app version, the time, the counts and each entry’s SHA-256', async () => {
    await keepSomethingOfEveryKind();
    const files = await unzipAll(await writeBackupArchive(await keptNow(), CREATED_AT));
    const manifest = parseJsonBytes(files.get('manifest.json'));
    expect(manifest).toMatchObject({
      format: 'papi-dashboard-workspace',
      formatVersion: 2,
      appVersion: packageJson.version,
      createdAt: '2026-12-03T08:00:00.000Z',
      counts: { imports: 2, targets: 2, deck: 2, reportUnits: 1, queryHistory: 2 },
    });
    const entries = manifest.entries as { path: string; bytes: number; sha256: string }[];
    expect(entries.map((entry) => entry.path).sort()).toEqual(
      [...files.keys()].filter((path) => path !== 'manifest.json').sort(),
    );
    for (const entry of entries) {
      const bytes = files.get(entry.path) ?? new Uint8Array();
      expect(entry.sha256, entry.path).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect(entry.bytes, entry.path).toBe(bytes.length);
    }
    // The original bytes of the kept file, unchanged.
    const listed = await listImportedFiles();
    if (!listed.ok) throw new Error(listed.error);
    expect(files.get('imports/0001.bin')).toEqual(listed.value[0]?.bytes);
    // Its checked rows beside them; the second import was kept without rows, so it has none.
    expect(parseJsonBytes(files.get('imports/0001.rows.json'))).toEqual(listed.value[0]?.canonical);
    expect(files.has('imports/0002.rows.json')).toBe(false);
    expect(
      (parseJsonBytes(files.get('imports.json')) as unknown as { rows: unknown }[]).map(
        (entry) => entry.rows,
      ),
    ).toEqual(['imports/0001.rows.json', null]);
  });

  it('when a store refuses the write, the stores already replaced get what they kept back, and the result says so', async () => {
    await keepSomethingOfEveryKind();
    const before = await keptNow();
    const archive = await writeBackupArchive(before, CREATED_AT);
    await freshProfile();
    await writeDimensionTarget('P31', '1', { kind: 'high' });
    const own = await keptNow();
    const read = await readBackupArchive(archive);
    if (!read.ok) throw new Error('refused');
    const deckRefuses: WorkspaceStores = {
      ...BROWSER_WORKSPACE_STORES,
      deck: {
        ...BROWSER_WORKSPACE_STORES.deck,
        replace: () => Promise.resolve({ ok: false, reason: 'quota', error: 'The quota has been exceeded.' }),
      },
    };
    expect(await replaceWorkspace(read.contents, deckRefuses)).toEqual({
      ok: false,
      reason: 'quota',
      error: 'The quota has been exceeded.',
      putBack: true,
    });
    expect(await keptNow()).toEqual(own);
  });

  it('restores a version 0 backup (no format version, no counts) by migrating it', async () => {
    await keepSomethingOfEveryKind();
    const before = await keptNow();
    const files = await unzipAll(await writeBackupArchive(before, CREATED_AT));
    const v0 = parseJsonBytes(files.get('manifest.json'));
    delete v0.formatVersion;
    delete v0.counts;
    files.set('manifest.json', jsonBytes(v0));
    await freshProfile();
    const read = await readBackupArchive(await zipAll(files));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.manifest.formatVersion).toBe(2);
    expect(read.manifest.counts).toEqual({
      imports: 2,
      targets: 2,
      deck: 2,
      reportUnits: 1,
      queryHistory: 2,
    });
    await replaceWorkspace(read.contents);
    expect(await keptNow()).toEqual(before);
  });
});
