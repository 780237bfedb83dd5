// The same key twice: identical rows are kept once (a report pasted twice), conflicting values are a problem.

import type { ImportProblem, ProblemLocation } from './import-problem.ts';

export interface NumberedRow<T> {
  readonly rowNumber: number;
  readonly row: T;
}

/** Keeps the first row per key; a later row with the same key and another value (valueOf) yields a duplicateConflict. */
export function dropDuplicates<T>(
  rows: readonly NumberedRow<T>[],
  keyOf: (row: T) => string,
  valueOf: (row: T) => unknown,
  keyColumn: string | null,
  at: ProblemLocation,
): { rows: T[]; problems: ImportProblem[] } {
  const firstByKey = new Map<string, NumberedRow<T>>();
  const kept: T[] = [];
  const problems: ImportProblem[] = [];
  for (const numbered of rows) {
    const key = keyOf(numbered.row);
    const first = firstByKey.get(key);
    if (first === undefined) {
      firstByKey.set(key, numbered);
      kept.push(numbered.row);
    } else if (JSON.stringify(valueOf(first.row)) !== JSON.stringify(valueOf(numbered.row))) {
      problems.push({
        ...at,
        row: numbered.rowNumber,
        column: keyColumn,
        key: 'duplicateConflict',
        args: { found: key, expected: first.rowNumber },
      });
    }
  }
  return { rows: kept, problems };
}
