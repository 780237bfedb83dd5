// A target the user sets for a dimension: reach the national median (which is also the upper-middle
// group's threshold, groups being quartiles), reach the high group's threshold, or a number on the
// dimension's 1-10 scale. Kept per province in the browser; resolved against a year's national figures.

import { DIMENSION_SCORE_MAX, DIMENSION_SCORE_MIN, pointsToCut, pointsToReach } from './papi.ts';

export type DimensionTarget = { kind: 'median' } | { kind: 'high' } | { kind: 'value'; value: number };

export type DimensionTargetKind = DimensionTarget['kind'];

export const DIMENSION_TARGET_KINDS: readonly DimensionTargetKind[] = ['median', 'high', 'value'];

/** Dimension code → its target (absent: none). */
export type DimensionTargets = Readonly<Record<string, DimensionTarget>>;

/** The national figures a target resolves against (one dimension, one year). */
export interface TargetCuts {
  nationalMedian: number;
  p75: number;
}

/** The score the target asks for. */
export function resolveTargetValue(target: DimensionTarget, cuts: TargetCuts): number {
  if (target.kind === 'median') return cuts.nationalMedian;
  if (target.kind === 'high') return cuts.p75;
  return target.value;
}

/**
 * The points a dimension's score is short of its target: a median or high target is a group's cut, judged as the
 * groups are (pointsToCut: the light beside it never disagrees); a number typed as a target is judged as written
 * (pointsToReach). 0 once reached.
 */
export function targetShortfall(target: DimensionTarget, score: number, cuts: TargetCuts): number {
  const value = resolveTargetValue(target, cuts);
  return target.kind === 'value' ? pointsToReach(score, value) : pointsToCut(score, value);
}

/** True for a number a dimension can score. */
export function isValidTargetValue(value: number): boolean {
  return Number.isFinite(value) && value >= DIMENSION_SCORE_MIN && value <= DIMENSION_SCORE_MAX;
}

/** One stored target, or null when the stored value is not one (old or tampered storage). */
export function parseDimensionTarget(raw: unknown): DimensionTarget | null {
  if (typeof raw !== 'object' || raw === null || !('kind' in raw)) return null;
  if (raw.kind === 'median' || raw.kind === 'high') return { kind: raw.kind };
  if (
    raw.kind === 'value' &&
    'value' in raw &&
    typeof raw.value === 'number' &&
    isValidTargetValue(raw.value)
  )
    return { kind: 'value', value: raw.value };
  return null;
}

/** Stored targets of a province, keeping only valid entries keyed by a dimension code. */
export function parseDimensionTargets(raw: unknown): DimensionTargets {
  if (typeof raw !== 'object' || raw === null) return {};
  const targets: Record<string, DimensionTarget> = {};
  for (const [code, value] of Object.entries(raw)) {
    const target = parseDimensionTarget(value);
    if (/^\d+$/.test(code) && target !== null) targets[code] = target;
  }
  return targets;
}
