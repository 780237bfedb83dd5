import { useMemo } from 'react';
import type { ProgressProvenance } from '../../charts/build-source-line.ts';
import type { DimensionStanding } from '../../domain/types.ts';
import { useDatasets } from '../../queries/datasets.ts';

/**
 * Where the progress figures shown next to `rows` come from, read from the loaded data (the `datasets`
 * table), so an imported file's source shows up; null when the rows show no progress (no plan tasks, or
 * a year other than the plan's target year, where completion is not shown).
 */
export function useProgressProvenance(
  rows: readonly DimensionStanding[] | undefined,
): ProgressProvenance | null {
  const datasets = useDatasets();
  const progress = datasets.data?.find((dataset) => dataset.name === 'task_progress');
  const showsProgress = rows?.some((row) => row.taskCount > 0 && row.planTargetYear === row.year) ?? false;
  // Either record saying "sample" is enough: the two can disagree for a moment while data reloads.
  const isSample = (progress?.isSample ?? false) || (rows?.some((row) => row.progressIsSample) ?? false);
  const source = progress?.source ?? null;
  return useMemo(() => (showsProgress ? { isSample, source } : null), [showsProgress, isSample, source]);
}
