// Replaces some tables with imported CSV text, then refreshes every query that read them.

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { importTables } from '../db/database-start';
import type { LoadOptions, TableFiles } from '../ingest/load-tables';
import { dataMutationOptions } from './data-mutations';

export interface ImportTablesInput {
  files: TableFiles;
  options: LoadOptions;
}

/** A mutation that loads `files` (atomically: a failed load keeps the data already loaded). */
export function useImportTables() {
  const queryClient = useQueryClient();
  return useMutation(
    dataMutationOptions(queryClient, ({ files, options }: ImportTablesInput) => importTables(files, options)),
  );
}
