// The Overview shows completion only next to the plan's target year: the provenance goes with it or not at all.
import type { DimensionStanding } from '../../domain/types.ts';
import { useProgressProvenance, type ProgressProvenance } from '../../queries/progress-provenance.ts';

/** True when the rows show task completion: the province has tasks and the year is the plan's target year. */
export function rowsShowProgress(rows: readonly DimensionStanding[] | undefined): boolean {
  return rows?.some((row) => row.taskCount > 0 && row.planTargetYear === row.year) ?? false;
}

/** Where the progress shown next to `rows` comes from; null when they show none (or while it is unknown). */
export function useShownProgress(rows: readonly DimensionStanding[] | undefined): ProgressProvenance | null {
  const provenance = useProgressProvenance();
  return rowsShowProgress(rows) ? (provenance.data ?? null) : null;
}
