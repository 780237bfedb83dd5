// The rows of the Data view's kept files table: what this browser keeps, then what was applied in this tab
// but not kept ("chưa lưu"), each once, in import order.

import type { KeptFileInfo } from '../../queries/kept-files.ts';
import type { UnkeptBatch } from '../../session/unkept-imports.ts';

export interface KeptFileRow {
  readonly key: string;
  readonly name: string;
  readonly size: number;
  readonly importedAt: string;
  /** The stored record's id (to remove it); null for a file not kept. */
  readonly id: number | null;
  readonly kept: boolean;
}

/** Kept files first (the order start-up applies them), then the files not kept (applied after them). */
export function keptFileRows(kept: readonly KeptFileInfo[], unkept: readonly UnkeptBatch[]): KeptFileRow[] {
  return [
    ...kept.map((file) => ({ key: `kept-${file.id}`, ...file, kept: true })),
    ...unkept.flatMap((batch) =>
      batch.files.map((file, index) => ({
        key: `unkept-${batch.id}-${index}`,
        name: file.name,
        size: file.bytes.length,
        importedAt: file.importedAt,
        id: null,
        kept: false,
      })),
    ),
  ];
}
