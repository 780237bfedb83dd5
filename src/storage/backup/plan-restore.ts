// What a restore will replace, shown before the user confirms: per kind, how many records are kept now and how
// many the file holds.
import { WORKSPACE_KINDS, type WorkspaceCounts, type WorkspaceKind } from './backup-format.ts';

export interface RestoreRow {
  readonly kind: WorkspaceKind;
  readonly now: number;
  readonly incoming: number;
}

export interface RestorePlan {
  readonly rows: readonly RestoreRow[];
  /** Whether anything kept now will be lost (the confirmation says so). */
  readonly replacesKept: boolean;
}

/** The restore's summary: every kind, in the workspace's order. */
export function planRestore(current: WorkspaceCounts, incoming: WorkspaceCounts): RestorePlan {
  const rows = WORKSPACE_KINDS.map((kind) => ({ kind, now: current[kind], incoming: incoming[kind] }));
  return { rows, replacesKept: rows.some((row) => row.now > 0) };
}
