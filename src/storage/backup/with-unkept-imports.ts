// A backup holds what the user sees in the imported files table: the files kept in this browser and, after
// them, the ones applied in this tab that the browser refused to keep (quota, blocked storage). Those are the
// ones most at risk, so the backup is their way out; restored, they are kept like the others.
import type { NewImportedFile } from '../imported-files-store.ts';
import type { WorkspaceContents } from './backup-format.ts';

/** The workspace with `unkept` (in the order they were applied) after the kept imports. */
export const withUnkeptImports = (
  contents: WorkspaceContents,
  unkept: readonly NewImportedFile[],
): WorkspaceContents =>
  unkept.length === 0 ? contents : { ...contents, imports: [...contents.imports, ...unkept] };
