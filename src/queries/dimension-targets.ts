// Question: which targets has the user set for this province's dimensions? (kept in this browser, not in
// the data: the key holds the province only, and a write updates the cached answer at once)

import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DimensionTarget, DimensionTargets } from '../domain/dimension-target.ts';
import { readDimensionTargets, writeDimensionTarget } from '../storage/dimension-targets-store.ts';

/** Thrown into react-query when the browser refuses the storage (shown as a message, the page keeps working). */
export class TargetStorageError extends Error {}

/** The root of the targets' query keys, and the name of the mutation that writes one. */
export const DIMENSION_TARGETS_KEY = ['dimension-targets'] as const;

/** Query options for the province's stored targets (browser settings, not the loaded data: no data version in the key, outside the data root). */
export const storedDimensionTargetsOptions = (provinceCode: string) =>
  queryOptions({
    queryKey: [...DIMENSION_TARGETS_KEY, { provinceCode }],
    queryFn: async (): Promise<DimensionTargets> => {
      const result = await readDimensionTargets(provinceCode);
      if (!result.ok) throw new TargetStorageError(result.error);
      return result.value;
    },
  });

/** The province's stored targets. */
export function useDimensionTargets(provinceCode: string) {
  return useQuery(storedDimensionTargetsOptions(provinceCode));
}

/** Sets or removes (null) one dimension's target for the province, then updates the cached targets. */
export function useSetDimensionTarget(provinceCode: string) {
  const queryClient = useQueryClient();
  return useMutation({
    // Named, so the shell can tell the other tabs a target changed (app/share-settings-across-tabs.ts).
    mutationKey: DIMENSION_TARGETS_KEY,
    mutationFn: async ({ dimension, target }: { dimension: string; target: DimensionTarget | null }) => {
      const result = await writeDimensionTarget(provinceCode, dimension, target);
      if (!result.ok) throw new TargetStorageError(result.error);
      return result.value;
    },
    onSuccess: (targets) => {
      queryClient.setQueryData(storedDimensionTargetsOptions(provinceCode).queryKey, targets);
    },
  });
}
