import { useMemo } from 'react';
import type { ProgressProvenance } from '../../charts/build-source-line.ts';
import { useDatasets } from '../../queries/datasets.ts';

/** Where the loaded progress figures come from (the `datasets` table); null while unknown. */
export function useProgressProvenance(): ProgressProvenance | null {
  const datasets = useDatasets();
  const progress = datasets.data?.find((dataset) => dataset.name === 'task_progress');
  const isSample = progress?.isSample ?? false;
  const source = progress?.source ?? null;
  const known = datasets.data !== undefined;
  return useMemo(() => (known ? { isSample, source } : null), [known, isSample, source]);
}
