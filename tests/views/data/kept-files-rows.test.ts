// The Data view's kept files table lists what this browser keeps, then each file applied in this tab but not
// kept, marked so ("chưa lưu / not kept"), with nothing to remove for those.
import { describe, expect, it } from 'vitest';
import { keptFileRows } from '../../../src/views/data/kept-files-rows.ts';

const unkeptFile = (name: string, size: number) => ({
  name,
  bytes: new Uint8Array(size),
  sheet: null,
  mode: 'replace-overlapping' as const,
  importedAt: '2026-12-03T10:05:00.000Z',
});

describe('keptFileRows', () => {
  it('lists the kept files in import order, then the files not kept, each marked', () => {
    const rows = keptFileRows(
      [
        { id: 4, name: 'ke-hoach.xlsx', size: 2048, importedAt: '2026-12-01T08:00:00.000Z' },
        { id: 7, name: 'diem-2025.csv', size: 512, importedAt: '2026-12-02T08:00:00.000Z' },
      ],
      [
        { id: 1, files: [unkeptFile('bao-cao-quy-III.csv', 10), unkeptFile('bao-cao-quy-IV.csv', 20)] },
        { id: 2, files: [unkeptFile('bao-cao-2025.csv', 30)] },
      ],
    );
    expect(rows.map(({ name, kept, id, size }) => ({ name, kept, id, size }))).toEqual([
      { name: 'ke-hoach.xlsx', kept: true, id: 4, size: 2048 },
      { name: 'diem-2025.csv', kept: true, id: 7, size: 512 },
      { name: 'bao-cao-quy-III.csv', kept: false, id: null, size: 10 },
      { name: 'bao-cao-quy-IV.csv', kept: false, id: null, size: 20 },
      { name: 'bao-cao-2025.csv', kept: false, id: null, size: 30 },
    ]);
    expect(new Set(rows.map((row) => row.key)).size).toBe(rows.length);
  });
});
