// The order a plan's dimensions are listed in: by code, numerically ('2' before '10'), and tasks not linked
// to any dimension (an imported plan row with neither a dimension nor a sub-dimension) after them all.

/** Compares two dimension codes for sorting; null (not linked to a dimension) sorts last. */
export function compareDimensionCodes(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a.localeCompare(b, 'en', { numeric: true });
}
