// A dimension's traffic light, from the group its score falls in among the provinces scored on it that
// year (quartiles, as for the total): red = low group (bottom quarter), amber = lower-middle,
// green = upper half (upper-middle or high). The rule is stated on the page.
import type { PapiGroup } from './types.ts';
import { roundAsPublished } from './papi.ts';

export type TrafficLight = 'red' | 'amber' | 'green';

/** The order lights are listed in: the most urgent first. */
export const TRAFFIC_LIGHTS: readonly TrafficLight[] = ['red', 'amber', 'green'];

const LIGHT_OF_GROUP: Readonly<Record<PapiGroup, TrafficLight>> = {
  low: 'red',
  lower_middle: 'amber',
  upper_middle: 'green',
  high: 'green',
};

/** The light of a dimension in `group`. */
export function trafficLightOf(group: PapiGroup): TrafficLight {
  return LIGHT_OF_GROUP[group];
}

/** What the rules below need of a dimension. */
export interface LightInput {
  indicator: string;
  group: PapiGroup;
  /** null when not comparable with the year before (or no score then): never counted as a fall. */
  change: number | null;
  gapToMedian: number;
}

/** A comparable score fell on the year before, by at least 0,01 as written ("−0,00" is no fall). */
export const hasFallen = (change: number | null): boolean => change !== null && roundAsPublished(change) < 0;

/** Dimensions whose comparable score fell on the year before, most fallen first. */
export function fallenDimensions<T extends LightInput>(rows: readonly T[]): T[] {
  return rows
    .filter((row) => hasFallen(row.change))
    .sort((a, b) => (a.change ?? 0) - (b.change ?? 0) || a.indicator.localeCompare(b.indicator));
}

/** The largest reserves: dimensions furthest below the national median (at most `count`, below it only). */
export function largestReserves<T extends LightInput>(rows: readonly T[], count = 3): T[] {
  return rows
    .filter((row) => row.gapToMedian < 0)
    .sort((a, b) => a.gapToMedian - b.gapToMedian || a.indicator.localeCompare(b.indicator))
    .slice(0, count);
}

/** Rows grouped by light, in TRAFFIC_LIGHTS order (each in the given order). */
export function countLights<T extends LightInput>(rows: readonly T[]): Record<TrafficLight, T[]> {
  const byLight: Record<TrafficLight, T[]> = { red: [], amber: [], green: [] };
  for (const row of rows) byLight[trafficLightOf(row.group)].push(row);
  return byLight;
}
