// A new unit (from 1 July 2025) that PAPI has not scored yet: the Dimensions figures show each old unit that
// formed it instead of figures left empty (the lineage decides who; nothing is added or averaged).
import { useMemo } from 'react';
import type { MapProvince } from '../../domain/province-lineage.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { formatConjunction } from '../../i18n/list-format.ts';
import type { IndicatorPanelRow } from '../../queries/indicator-panel.ts';
import type { ProvinceScore } from '../../queries/province-scores.ts';
import { predecessorLines } from '../shared/lineage-text.ts';
import { buildRankRows } from './rank-rows.ts';
import { usePredecessorDimensionScores, usePredecessorParts } from './use-predecessor-data.ts';

interface NewUnitInputs {
  provinces: readonly MapProvince[];
  provinceCode: string;
  provinceName: string;
  partsParent: string;
  /** The province's own dimension scores (undefined while loading): none at all means none of its own yet. */
  ownScores: readonly ProvinceScore[] | undefined;
  panel: readonly IndicatorPanelRow[] | undefined;
  axisYears: readonly number[];
}

/**
 * For a new unit without scores of its own: the sentence that says so once, and each predecessor's parts,
 * dimension scores and rank rows (undefined while loading). For any other unit: no note and no predecessors.
 */
export function useNewUnitPredecessors(inputs: NewUnitInputs) {
  const { provinces, provinceCode, provinceName, partsParent, ownScores, panel, axisYears } = inputs;
  const i18n = useI18n();
  const noOwnScores = ownScores !== undefined && ownScores.length === 0;
  const lines = useMemo(
    () => (noOwnScores ? predecessorLines(provinces, provinceCode, i18n) : []),
    [noOwnScores, provinces, provinceCode, i18n],
  );
  const parts = usePredecessorParts(lines, partsParent);
  const heatmaps = usePredecessorDimensionScores(lines);
  const rankTables = useMemo(
    () =>
      panel === undefined || lines.length === 0
        ? null
        : lines.map((line) => ({ ...line, rows: buildRankRows(axisYears, panel, line.code) })),
    [panel, lines, axisYears],
  );
  const note =
    lines.length === 0
      ? null
      : i18n.t('dimensions.newUnit.note', {
          province: provinceName,
          predecessors: formatConjunction(
            i18n.locale,
            lines.map((line) => line.name),
          ),
        });
  return { note, parts, heatmaps, rankTables };
}
