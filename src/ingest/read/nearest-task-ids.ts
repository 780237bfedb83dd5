// The known task ids closest to one a file names but no plan defines, to suggest in the problem.

/** How many ids the problem suggests. */
export const NEAREST_TASK_ID_COUNT = 3;

/** Levenshtein distance (insert, delete, substitute: 1 each), case-insensitive. */
export function editDistance(a: string, b: string): number {
  const [left, right] = [a.toLowerCase(), b.toLowerCase()];
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let i = 1; i <= left.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= right.length; j += 1) {
      const substitute = (previous[j - 1] ?? 0) + (left[i - 1] === right[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitute));
    }
    previous = current;
  }
  return previous[right.length] ?? 0;
}

const sharedPrefixLength = (a: string, b: string): number => {
  const [left, right] = [a.toLowerCase(), b.toLowerCase()];
  let length = 0;
  while (length < left.length && left[length] === right[length]) length += 1;
  return length;
};

/** Up to `count` known ids nearest to `found`: fewest edits, then the longest shared prefix, then in code order. */
export function nearestTaskIds(
  found: string,
  known: readonly string[],
  count: number = NEAREST_TASK_ID_COUNT,
): string[] {
  return [...new Set(known)]
    .map((id) => ({ id, distance: editDistance(found, id), prefix: sharedPrefixLength(found, id) }))
    .sort(
      (a, b) => a.distance - b.distance || b.prefix - a.prefix || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    )
    .slice(0, count)
    .map(({ id }) => id);
}
