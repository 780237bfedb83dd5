import { replaceEqualDeep } from '@tanstack/react-query';
import { useState } from 'react';
import type { ChartSpec } from '../charts/chart-spec.ts';

/** What a chart's option is built from: its builder, rows and settings. */
export type DrawnInputs<Rows, Settings> = Pick<ChartSpec<Rows, Settings>, 'build' | 'rows' | 'settings'>;

const equalDeep = <T>(kept: T, next: T): boolean => replaceEqualDeep(kept, next) === kept;

/**
 * Whether `next` would draw what `kept` draws: the same builder, and rows and settings equal by value
 * (functions and class instances by identity, so anything else counts as a change and redraws).
 */
export const drawsTheSame = <Rows, Settings>(
  kept: DrawnInputs<Rows, Settings>,
  next: DrawnInputs<Rows, Settings>,
): boolean =>
  kept.build === next.build && equalDeep(kept.rows, next.rows) && equalDeep(kept.settings, next.settings);

/**
 * `spec`'s builder, rows and settings, kept as the same object while a new spec brings equal ones (the live
 * engine's answer replacing the build's, a parent's re-render): the builder is pure, so an option built again
 * from them would draw the same chart again.
 */
export function useDrawnInputs<Rows, Settings>(spec: ChartSpec<Rows, Settings>): DrawnInputs<Rows, Settings> {
  const [kept, setKept] = useState<DrawnInputs<Rows, Settings>>(() => pick(spec));
  if (drawsTheSame(kept, spec)) return kept;
  // React's way to keep state derived from the previous render: the update is applied before any commit.
  const next = pick(spec);
  setKept(next);
  return next;
}

const pick = <Rows, Settings>({
  build,
  rows,
  settings,
}: ChartSpec<Rows, Settings>): DrawnInputs<Rows, Settings> => ({
  build,
  rows,
  settings,
});
