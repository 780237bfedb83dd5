// Reads the files of one import together: a plan file in the batch makes its task ids known to the
// progress files beside it, whatever their order, as they are applied in the same atomic step.

import type { ImportContext } from '../read/import-rows.ts';
import type { ImportFile, ImportResult } from '../read/read-import-file.ts';
import type { ReadImport } from './import-outcome.ts';

/** A file to read, with the sheet the user picked (if any), and an official workbook's chosen or typed years. */
export interface BatchFile extends ImportFile {
  readonly sheet?: string | null;
  readonly years?: readonly number[] | null;
  readonly typedYear?: number | null;
}

/** The context with the file's own choices (sheet, years, typed year) added. */
export const withFileChoices = (
  context: ImportContext,
  file: Pick<BatchFile, 'sheet' | 'years' | 'typedYear'>,
): ImportContext => ({
  ...context,
  ...(file.sheet == null ? {} : { sheet: file.sheet }),
  ...(file.years == null ? {} : { years: file.years }),
  ...(file.typedYear == null ? {} : { typedYear: file.typedYear }),
});

/** How a file is read: a file-reading worker's `read` (read/worker/file-reading.ts), or a stand-in in tests. */
export type ReadFile = (file: ImportFile, context: ImportContext) => Promise<ImportResult>;

const taskIdsOf = (reads: readonly ReadImport[]): string[] =>
  reads.flatMap(({ result }) => (result.kind === 'plan_tasks' ? result.rows.map((row) => row.task_id) : []));

/** Reads every file against `context`, then re-reads the progress files knowing the batch's plan task ids; never rejects. */
export async function readImportBatch(
  files: readonly BatchFile[],
  context: ImportContext,
  readFile: ReadFile,
): Promise<ReadImport[]> {
  const read = (file: BatchFile, withContext: ImportContext) =>
    readFile(file, withFileChoices(withContext, file));
  const first = await Promise.all(
    files.map(async (file) => ({ name: file.name, result: await read(file, context) })),
  );
  const batchTaskIds = taskIdsOf(first);
  if (batchTaskIds.length === 0) return first;
  const widened = { ...context, taskIds: [...context.taskIds, ...batchTaskIds] };
  return Promise.all(
    first.map(async (done, index) => {
      const file = files[index];
      if (done.result.kind !== 'task_progress' || file === undefined) return done;
      return { name: done.name, result: await read(file, widened) };
    }),
  );
}
