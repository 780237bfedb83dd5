import { describe, expect, it } from 'vitest';
import {
  countLights,
  fallenDimensions,
  largestReserves,
  trafficLightOf,
} from '../../src/domain/traffic-light.ts';

const row = (
  indicator: string,
  group: 'low' | 'lower_middle' | 'upper_middle' | 'high',
  change: number | null,
  gap: number,
) => ({
  indicator,
  group,
  change,
  gapToMedian: gap,
});

describe('traffic lights', () => {
  it('red for the low group, amber for lower-middle, green for the upper half', () => {
    expect(trafficLightOf('low')).toBe('red');
    expect(trafficLightOf('lower_middle')).toBe('amber');
    expect(trafficLightOf('upper_middle')).toBe('green');
    expect(trafficLightOf('high')).toBe('green');
  });

  const rows = [
    row('1', 'lower_middle', -0.06, -0.34),
    row('2', 'low', 0.4, -0.62),
    row('4', 'low', 0.36, -0.69),
    row('5', 'low', -0.03, -0.16),
    row('6', 'high', null, 0.3),
    row('7', 'upper_middle', -0.5, 0.1),
  ];

  it('lists the dimensions that fell, most fallen first, never one that is not comparable', () => {
    expect(fallenDimensions(rows).map((r) => r.indicator)).toEqual(['7', '1', '5']);
  });

  it('a fall written "−0,00" is no fall; "−0,01" is one', () => {
    const tiny = [row('1', 'low', -0.004, -0.2), row('2', 'low', -0.006, -0.2)];
    expect(fallenDimensions(tiny).map((r) => r.indicator)).toEqual(['2']);
  });

  it('the largest reserves are the three furthest below the national median, none above it', () => {
    expect(largestReserves(rows).map((r) => r.indicator)).toEqual(['4', '2', '1']);
    expect(largestReserves([row('6', 'high', null, 0.3)])).toEqual([]);
  });

  it('counts the lights', () => {
    const lights = countLights(rows);
    expect([lights.red.length, lights.amber.length, lights.green.length]).toEqual([3, 1, 2]);
  });
});
