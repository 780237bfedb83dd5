// Damaged or foreign files are refused whole, with a located problem (the entry at fault, what it should have
// held), and nothing kept changes: fixed cases for each refusal, and fast-check over mutated archives.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { describeBackupProblem } from '../../../src/views/data/describe-backup-problem.ts';
import { createI18n } from '../../../src/i18n/create-i18n.ts';
import type { Translate } from '../../../src/i18n/translate.ts';
import type { BackupProblem } from '../../../src/storage/backup/backup-format.ts';
import { readBackupArchive } from '../../../src/storage/backup/read-backup-archive.ts';
import { writeBackupArchive } from '../../../src/storage/backup/write-backup-archive.ts';
import { readWorkspace } from '../../../src/storage/backup/workspace-stores.ts';
import { closeBriefingStore } from '../../../src/storage/briefing-store.ts';
import {
  freshProfile,
  jsonBytes,
  keepSomethingOfEveryKind,
  parseJsonBytes,
  unzipAll,
  zipAll,
} from './workspace-fixture.ts';

let archive: Uint8Array;
let files: Map<string, Uint8Array>;

beforeAll(async () => {
  await freshProfile();
  await keepSomethingOfEveryKind();
  const kept = await readWorkspace();
  if (!kept.ok) throw new Error(kept.error);
  archive = await writeBackupArchive(kept.value, new Date('2026-12-03T08:00:00Z'));
  files = await unzipAll(archive);
  await closeBriefingStore();
});
beforeEach(freshProfile);
afterEach(async () => {
  await closeBriefingStore();
  vi.unstubAllGlobals();
});

const manifest = () => parseJsonBytes(files.get('manifest.json'));
const withFiles = (change: (copy: Map<string, Uint8Array>) => void): Promise<Uint8Array> => {
  const copy = new Map(files);
  change(copy);
  return zipAll(copy);
};
const problemsOf = async (bytes: Uint8Array) => {
  const read = await readBackupArchive(bytes);
  return read.ok ? [] : read.problems;
};
/** The first problem in words (the tests before say there is exactly one). */
const describeFirst = (problems: readonly BackupProblem[], t: Translate): string => {
  const [first] = problems;
  if (first === undefined) throw new Error('no problem');
  return describeBackupProblem(first, t);
};
const vi18n = createI18n('vi');
const en18n = createI18n('en');

describe('backup refusals', () => {
  it('accepts the untouched archive (the cases below differ from it by one change)', async () => {
    expect((await readBackupArchive(archive)).ok).toBe(true);
  });

  it('refuses a file that is not a zip, and a zip that is not ours', async () => {
    expect(await problemsOf(new TextEncoder().encode('Tỉnh,Năm\nĐắk Nông,2024\n'))).toEqual([
      { key: 'notZip' },
    ]);
    const foreign = await zipAll(new Map([['manifest.json', jsonBytes({ format: 'something-else' })]]));
    expect(await problemsOf(foreign)).toEqual([{ key: 'notOurs' }]);
    const noManifest = await withFiles((copy) => copy.delete('manifest.json'));
    expect(await problemsOf(noManifest)).toEqual([{ key: 'notOurs' }]);
  });

  it('refuses a zip whose manifest changed after it was written (no SHA-256 covers it: its CRC-32 does)', async () => {
    // zipAll stores the entries uncompressed, so the manifest's text is in the bytes as written.
    const stored = await withFiles(() => undefined);
    const text = new TextDecoder('latin1').decode(stored);
    const found = /"createdAt":\s*"20(2)6/d.exec(text);
    const at = found?.indices?.[1]?.[0] ?? -1;
    expect(at).toBeGreaterThan(0);
    const damaged = stored.slice();
    damaged[at] = '4'.charCodeAt(0); // 2026 → 2046, still a date
    expect(await problemsOf(stored)).toEqual([]);
    expect(await problemsOf(damaged)).toEqual([{ key: 'damagedZip' }]);
    const vi = createI18n('vi').t;
    expect(describeFirst(await problemsOf(damaged), vi)).toContain('bị hỏng');
  });

  it('refuses a newer format version, saying which versions', async () => {
    const newer = await withFiles((copy) =>
      copy.set('manifest.json', jsonBytes({ ...manifest(), formatVersion: 3 })),
    );
    const problems = await problemsOf(newer);
    expect(problems).toEqual([{ key: 'newerVersion', found: 3, known: 2 }]);
    expect(describeFirst(problems, vi18n.t)).toBe(
      'Tệp do phiên bản mới hơn của ứng dụng tạo (định dạng 3; ứng dụng này đọc đến định dạng 2). Hãy cập nhật ứng dụng.',
    );
  });

  it('names a missing entry, an extra entry and an entry whose checksum does not match', async () => {
    expect(await problemsOf(await withFiles((copy) => copy.delete('targets.json')))).toEqual([
      { key: 'missingEntry', entry: 'targets.json' },
    ]);
    expect(await problemsOf(await withFiles((copy) => copy.set('notes.txt', jsonBytes('x'))))).toEqual([
      { key: 'extraEntry', entry: 'notes.txt' },
    ]);
    const edited = await withFiles((copy) =>
      copy.set('deck.json', jsonBytes({ ...parseJsonBytes(copy.get('deck.json')), title: 'Khác' })),
    );
    const problems = await problemsOf(edited);
    expect(problems).toEqual([{ key: 'checksum', entry: 'deck.json' }]);
    expect(describeFirst(problems, en18n.t)).toBe(
      'The entry deck.json was changed or is damaged (its SHA-256 checksum does not match).',
    );
  });

  it('names an entry that does not parse and what it should hold, even with a matching checksum', async () => {
    const { createHash } = await import('node:crypto');
    const badTargets = jsonBytes([{ provinceCode: 'P43', targets: { '2': { kind: 'value', value: 42 } } }]);
    const entries = (manifest().entries as { path: string; bytes: number; sha256: string }[]).map((entry) =>
      entry.path === 'targets.json'
        ? {
            ...entry,
            bytes: badTargets.length,
            sha256: createHash('sha256').update(badTargets).digest('hex'),
          }
        : entry,
    );
    const resealed = await withFiles((copy) => {
      copy.set('targets.json', badTargets);
      copy.set('manifest.json', jsonBytes({ ...manifest(), entries }));
    });
    const problems = await problemsOf(resealed);
    expect(problems).toEqual([{ key: 'badEntry', entry: 'targets.json', expected: 'targets' }]);
    expect(describeFirst(problems, vi18n.t)).toBe(
      'Mục targets.json không đọc được: cần danh sách mục tiêu theo tỉnh (mỗi mục tiêu: trung vị cả nước, nhóm cao, hoặc một số từ 1 đến 10).',
    );
  });

  it('refuses an import’s checked rows that were changed, naming their entry, and nothing kept changes', async () => {
    const rowsPath = 'imports/0001.rows.json';
    const rows = parseJsonBytes(files.get(rowsPath)) as { steps: { csv: string }[] };
    const [step] = rows.steps;
    if (step === undefined) throw new Error('no rows kept');
    // A score raised by hand in the kept rows: the original file says otherwise.
    const raised = { ...rows, steps: [{ ...step, csv: step.csv.replace('44.73', '94.73') }] };
    expect(JSON.stringify(raised)).not.toBe(JSON.stringify(rows));
    const changed = await problemsOf(await withFiles((copy) => copy.set(rowsPath, jsonBytes(raised))));
    expect(changed).toEqual([{ key: 'checksum', entry: rowsPath }]);
    expect(describeFirst(changed, vi18n.t)).toBe(
      'Mục imports/0001.rows.json đã bị thay đổi hoặc bị hỏng (mã kiểm tra SHA-256 không khớp).',
    );
    expect(await readWorkspace()).toMatchObject({ ok: true, value: { imports: [], targets: [] } });

    // Resealed (its checksum recomputed) but not rows of an import: refused by what it should hold.
    const { createHash } = await import('node:crypto');
    const notRows = jsonBytes({ ...rows, steps: [{ ...step, table: 'provinces' }] });
    const entries = (manifest().entries as { path: string; bytes: number; sha256: string }[]).map((entry) =>
      entry.path === rowsPath
        ? { ...entry, bytes: notRows.length, sha256: createHash('sha256').update(notRows).digest('hex') }
        : entry,
    );
    const resealed = await problemsOf(
      await withFiles((copy) => {
        copy.set(rowsPath, notRows);
        copy.set('manifest.json', jsonBytes({ ...manifest(), entries }));
      }),
    );
    expect(resealed).toEqual([{ key: 'badEntry', entry: rowsPath, expected: 'importRows' }]);
    expect(describeFirst(resealed, en18n.t)).toBe(
      'The entry imports/0001.rows.json cannot be read: expected the checked rows of an imported file (a version, the kind of file, and per table its rows as CSV).',
    );
    expect(await readWorkspace()).toMatchObject({ ok: true, value: { imports: [], targets: [] } });
  });

  it('refuses counts that differ from the manifest’s', async () => {
    const counts = { ...(manifest().counts as Record<string, number>), deck: 5 };
    const problems = await problemsOf(
      await withFiles((copy) => copy.set('manifest.json', jsonBytes({ ...manifest(), counts }))),
    );
    expect(problems).toEqual([
      { key: 'badEntry', entry: 'deck.json', expected: 'count', counts: { manifest: 5, found: 2 } },
    ]);
    expect(describeFirst(problems, en18n.t)).toBe(
      'The entry deck.json holds 2 records; manifest.json says 5.',
    );
  });

  it('property: one byte flipped in any entry is refused as that entry’s checksum, and nothing kept changes', async () => {
    const entries = [...files.keys()].filter((path) => path !== 'manifest.json');
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...entries),
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        async (entry, at, mask) => {
          const mutated = await withFiles((copy) => {
            const bytes = (copy.get(entry) ?? new Uint8Array()).slice();
            const index = at % bytes.length;
            bytes[index] = (bytes[index] ?? 0) ^ mask;
            copy.set(entry, bytes);
          });
          expect(await problemsOf(mutated)).toEqual([{ key: 'checksum', entry }]);
          expect(await readWorkspace()).toMatchObject({ ok: true, value: { imports: [], targets: [] } });
        },
      ),
      { numRuns: 40, seed: 20261203 },
    );
  });

  it('property: a dropped entry is named as missing', async () => {
    const entries = [...files.keys()].filter((path) => path !== 'manifest.json');
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...entries), async (entry) => {
        expect(await problemsOf(await withFiles((copy) => copy.delete(entry)))).toContainEqual({
          key: 'missingEntry',
          entry,
        });
      }),
      { numRuns: 20, seed: 20261203 },
    );
  });

  it('property: a manifest field altered or removed is refused, never accepted and never thrown', async () => {
    const fields = ['format', 'formatVersion', 'appVersion', 'createdAt', 'counts', 'entries'];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...fields),
        fc.oneof(
          fc.constant(undefined),
          fc.string(),
          fc.integer(),
          fc.constant(null),
          fc.array(fc.nat(), { maxLength: 3 }),
        ),
        async (field, value) => {
          const original = manifest();
          fc.pre(JSON.stringify(original[field]) !== JSON.stringify(value));
          // formatVersion 0 is a real older version (it migrates): only other values are damage.
          fc.pre(!(field === 'formatVersion' && (value === undefined || value === 0)));
          // Another app version is no damage: only a missing or empty one is.
          fc.pre(!(field === 'appVersion' && typeof value === 'string' && value !== ''));
          const altered = { ...original, [field]: value };
          const read = await readBackupArchive(
            await withFiles((copy) => copy.set('manifest.json', jsonBytes(altered))),
          );
          expect(read.ok).toBe(false);
        },
      ),
      { numRuns: 60, seed: 20261203 },
    );
  });

  it('property: any byte of the .zip itself flipped is refused or still reads the same workspace, never throws', async () => {
    const original = await readBackupArchive(archive);
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.integer({ min: 1, max: 255 }), async (at, mask) => {
        const bytes = archive.slice();
        const index = at % bytes.length;
        bytes[index] = (bytes[index] ?? 0) ^ mask;
        const read = await readBackupArchive(bytes);
        if (read.ok) expect(read).toEqual(original);
        else expect(read.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 60, seed: 20261203 },
    );
  });
});
