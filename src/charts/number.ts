// Number helpers shared by the chart builders.

/** Rounds to 2 decimals, the precision PAPI publishes, so chart data and labels agree with the tables. */
export function roundTo2(value: number): number {
  return Math.round(value * 100) / 100;
}
