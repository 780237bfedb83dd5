// The user's dimension targets (set on the Overview, kept in the browser), resolved to scores against the
// selected year's national figures, for the panels' target lines.
import { useMemo } from 'react';
import type { ScoreCompletionRows } from '../../charts/score-completion/score-completion-data.ts';
import type { TargetLine } from '../../charts/target-line.ts';
import { resolveTargetValue } from '../../domain/dimension-target.ts';
import { useDimensionLights } from '../../queries/dimension-lights.ts';
import { useDimensionTargets } from '../../queries/dimension-targets.ts';

/** Dimension code → its target line (none while loading, without a year, or without a target). */
export function usePanelTargets(
  provinceCode: string,
  year: number | null,
): Readonly<Record<string, TargetLine>> {
  const targets = useDimensionTargets(provinceCode);
  // Year 0 never matches a score: the query answers [] and the lines wait for a year.
  const lights = useDimensionLights(provinceCode, year ?? 0);
  return useMemo(() => {
    const lines: Record<string, TargetLine> = {};
    for (const row of lights.data ?? []) {
      const target = targets.data?.[row.indicator];
      if (target !== undefined) lines[row.indicator] = { value: resolveTargetValue(target, row) };
    }
    return lines;
  }, [lights.data, targets.data]);
}

/** The panels with their target lines. */
export function withTargets(
  panels: readonly ScoreCompletionRows[],
  targets: Readonly<Record<string, TargetLine>>,
): ScoreCompletionRows[] {
  return panels.map((panel) => ({ ...panel, target: targets[panel.dimension] ?? null }));
}
