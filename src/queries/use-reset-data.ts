// Drops every import (and the files kept in this browser) and reloads the bundled data, then refreshes every query.

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { resetToBundledData } from '../session/database-start';
import { dataMutationOptions } from './data-mutations';

/** A mutation that goes back to the data shipped with the app; its data says whether the kept files were cleared. */
export function useResetData() {
  const queryClient = useQueryClient();
  return useMutation(dataMutationOptions(queryClient, () => resetToBundledData()));
}
