import { useMemo } from 'react';
import type { IndicatorYear } from '../../queries/indicator-years.ts';

/**
 * The years on the figures' axes. Every indicator has the same axis years: the same array is kept across a
 * switch of indicator, so the heatmap and the parts are not redrawn.
 */
export function useAxisYears(years: readonly IndicatorYear[] | undefined): readonly number[] {
  const key = (years ?? []).map((y) => y.year).join(',');
  return useMemo(() => (key === '' ? [] : key.split(',').map(Number)), [key]);
}
