// Imports dropped files (read, apply whole or not at all, keep in this browser), then refreshes every query.

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { importFiles } from '../session/database-start.ts';
import type { FileToImport, ImportBatchChoice, ImportProgress } from '../session/import-and-keep.ts';
import { dataMutationOptions } from './data-mutations.ts';

/**
 * A mutation whose data is the import's outcome and whether its files were kept; it never fails on bad files.
 * `choice` applies to every batch it imports (the options follow each render, so a changed choice counts);
 * `progress` gives each batch its reader, stage listener and cancel signal, asked when the batch starts.
 */
export function useImportFiles(choice: ImportBatchChoice = {}, progress: () => ImportProgress = () => ({})) {
  const queryClient = useQueryClient();
  return useMutation(
    dataMutationOptions(queryClient, (files: readonly FileToImport[]) =>
      importFiles(files, choice, progress()),
    ),
  );
}
