// An import's new data is live (the views are told to refresh: onApplied) while its files are still being kept in the
// browser, which takes ~0.3 s for an official workbook; a refused import tells nothing, and keeping still completes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector.ts';
import { sql } from '../../src/db/sql.ts';
import { importAndKeep, type KeepImportedFiles } from '../../src/session/import-and-keep.ts';
import type { NewImportedFile } from '../../src/storage/imported-files-store.ts';
import type { StorageResult } from '../../src/storage/indexed-db.ts';
import { createLoadedConnector } from '../helpers/data-files.ts';
import { csvFile } from '../ingest/apply/apply-test-support.ts';

const CORRECTION = csvFile('scores-corrected.csv', ['Tỉnh,Năm,Chỉ số,Điểm', 'P43,2024,1.1,1.5']);
const BAD = csvFile('scores-bad.csv', ['Tỉnh,Năm,Chỉ số,Điểm', 'P43,2024,1.1,mười']);

/** A store that holds every write until `release` is called. */
function heldKeep(): { keep: KeepImportedFiles; writes: NewImportedFile[][]; release: () => void } {
  const writes: NewImportedFile[][] = [];
  let release = (): void => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  const keep = async (files: readonly NewImportedFile[]): Promise<StorageResult<number>> => {
    writes.push([...files]);
    await released;
    return { ok: true, value: files.length };
  };
  return { keep, writes, release };
}

const scoreOf = async (conn: Connector): Promise<number | undefined> =>
  (
    await conn.query<{ score: number }>(
      sql`SELECT score FROM score_rows WHERE province_code = 'P43' AND year = 2024 AND indicator = '1.1'`,
    )
  )[0]?.score;

let conn: Connector;
beforeAll(async () => {
  conn = await createLoadedConnector();
});
afterAll(async () => conn.close());

describe('an import is shown before it is kept', () => {
  it('tells the views once the rows are in the engine, while the files are still being kept', async () => {
    const store = heldKeep();
    const seen: { score: number | undefined; writes: number }[] = [];
    let applied: () => void = () => undefined;
    const appliedOnce = new Promise<void>((resolve) => (applied = resolve));
    const result = importAndKeep(conn, [CORRECTION], store.keep, undefined, undefined, {
      onApplied: () => applied(),
    });
    await appliedOnce;
    // The engine answers the new score now; the keep has been asked for (or is about to be) but has not finished.
    seen.push({ score: await scoreOf(conn), writes: store.writes.length });
    let settled = false;
    void result.then(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(settled).toBe(false);
    store.release();
    expect(await result).toMatchObject({ outcome: { ok: true }, kept: { ok: true, value: 1 } });
    expect(seen).toEqual([{ score: 1.5, writes: 1 }]);
    expect(store.writes[0]?.map((file) => file.name)).toEqual(['scores-corrected.csv']);
  });

  it('tells nothing when the import is refused, and keeps nothing', async () => {
    const store = heldKeep();
    let told = 0;
    const result = await importAndKeep(conn, [BAD], store.keep, undefined, undefined, {
      onApplied: () => (told += 1),
    });
    expect(result).toMatchObject({ outcome: { ok: false, reason: 'problems' }, kept: null });
    expect(told).toBe(0);
    expect(store.writes).toEqual([]);
  });
});
