// The plan's tasks under an indicator: all of them for the total, a dimension's for a dimension, a
// sub-dimension's for a sub-dimension (the plan and the scores share the codes; labels stay the plan's).
import type { Indicator } from '../../domain/types.ts';

interface TaskCodes {
  dimension: string;
  subdimension: string | null;
}

/** The tasks that belong to `indicator`, in their given order. */
export function filterTasksForIndicator<T extends TaskCodes>(
  tasks: readonly T[],
  indicator: Indicator | undefined,
): T[] {
  if (indicator === undefined || indicator.level === 'total') return [...tasks];
  if (indicator.level === 'dimension') return tasks.filter((task) => task.dimension === indicator.code);
  return tasks.filter((task) => task.subdimension === indicator.code);
}
