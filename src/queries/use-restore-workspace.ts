// Restores a checked backup: replaces what this browser keeps (all or nothing), re-applies the imports on the
// engine, and refreshes every data query and the stored targets; the deck list reloads by its own event.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { replaceKeptData } from '../session/database-start.ts';
import type { WorkspaceContents } from '../storage/backup/backup-format.ts';
import { replaceWorkspace } from '../storage/backup/workspace-stores.ts';
import { staleDataQueries } from './data-mutations.ts';
import { DIMENSION_TARGETS_KEY } from './dimension-targets.ts';

/** A mutation whose data says whether the stores were replaced (and, if not, whether what was there is back). */
export function useRestoreWorkspace() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (contents: WorkspaceContents) => replaceKeptData(() => replaceWorkspace(contents)),
    onSuccess: async (result) => {
      if (!result.ok) return;
      await Promise.all([
        staleDataQueries(queryClient),
        queryClient.invalidateQueries({ queryKey: DIMENSION_TARGETS_KEY }),
      ]);
    },
  });
}
