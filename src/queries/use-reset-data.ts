// Drops every import (and the files kept in this browser) and reloads the bundled data, then refreshes every query.
// Before it, the other tabs are asked what they applied but could not keep: the reset erases that too.

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { askOtherTabsForUnkeptImports, resetToBundledData } from '../session/database-start.ts';
import { dataMutationOptions } from './data-mutations.ts';

/** A mutation that goes back to the data shipped with the app; its data says whether the kept files were cleared. */
export function useResetData() {
  const queryClient = useQueryClient();
  return useMutation(dataMutationOptions(queryClient, () => resetToBundledData()));
}

/** The names of the files other open tabs hold applied but not kept (empty when none answer). */
export const unkeptImportsInOtherTabs = askOtherTabsForUnkeptImports;
