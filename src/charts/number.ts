// Number helpers shared by the chart builders.

/** The decimals an axis tick needs: 5 → 0, 5.5 → 1, 5.25 → 2 (ECharts' ticks step by 1, 2 or 5 × 10ⁿ). */
function tickDecimals(value: number): number {
  return (
    [0, 1].find((digits) => Math.abs(value * 10 ** digits - Math.round(value * 10 ** digits)) < 1e-6) ?? 2
  );
}

/** An axis tick in the UI's number format ("37,5" in Vietnamese), with as many decimals as it has (at most two). */
export const formatTick =
  (formatNumber: (value: number, digits?: number) => string) =>
  (value: number): string =>
    formatNumber(value, tickDecimals(value));
