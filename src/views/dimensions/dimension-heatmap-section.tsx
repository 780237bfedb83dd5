import type { ReactNode } from 'react';
import { useMemo } from 'react';
import { createDimensionHeatmapSpec } from '../../charts/dimension-heatmap/dimension-heatmap-spec.ts';
import type { Indicator } from '../../domain/types.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { provinceScoresSql, type ProvinceScore } from '../../queries/province-scores.ts';
import { ChoiceGroup } from './choice-group.tsx';
import type { ColourChoice } from './dimension-params.ts';
import { indicatorLabel } from '../shared/indicator-options.ts';
import { SpecFigure } from '../shared/spec-figure.tsx';
import type { PredecessorData } from './use-predecessor-data.ts';

interface DimensionHeatmapSectionProps {
  /** The province's dimension scores; undefined while loading. */
  cells: readonly ProvinceScore[] | undefined;
  indicators: readonly Indicator[];
  axisYears: readonly number[];
  colour: ColourChoice;
  onColour: (colour: ColourChoice) => void;
  /**
   * A new unit without scores of its own: each predecessor's dimension scores, drawn as a heatmap of its own
   * (ranks within the 63-unit map of each year), instead of an empty one; else none.
   */
  predecessors: readonly PredecessorData<ProvinceScore>[];
  provinceCode: string;
  provinceName: string;
}

/** Every dimension by year as a heatmap (a new unit: one per predecessor), coloured by rank or score as chosen above it. */
export function DimensionHeatmapSection({
  cells,
  indicators,
  axisYears,
  colour,
  onColour,
  predecessors,
  provinceCode,
  provinceName,
}: DimensionHeatmapSectionProps): ReactNode {
  const { t, lang } = useI18n();
  const source = t('chart.source');
  const specs = useMemo(() => {
    if (cells === undefined) return [];
    const dimensions = indicators
      .filter((i) => i.level === 'dimension')
      .sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }))
      .map((i) => ({ code: i.code, label: indicatorLabel(i, lang) }));
    const heatmapOf = (code: string, name: string, unitCells: readonly ProvinceScore[]) => ({
      ...createDimensionHeatmapSpec(
        { years: axisYears, dimensions, cells: unitCells },
        { provinceName: name, colour, source },
      ),
      query: provinceScoresSql(code, 'dimension'),
    });
    if (predecessors.length === 0) return [heatmapOf(provinceCode, provinceName, cells)];
    // One heatmap per predecessor, each with its own id (its test id, heading id and file name stay unique).
    return predecessors.map((p) => {
      const heatmap = heatmapOf(p.code, p.name, p.data);
      return { ...heatmap, id: `${heatmap.id}-${p.code.toLowerCase()}` };
    });
  }, [cells, indicators, lang, axisYears, predecessors, provinceName, colour, source, provinceCode]);
  const colourOptions: { value: ColourChoice; label: string }[] = [
    { value: 'rank', label: t('dimensions.colour.rank') },
    { value: 'score', label: t('dimensions.colour.score') },
  ];
  return (
    <>
      <ChoiceGroup
        legend={t('dimensions.colour.label')}
        name="colour"
        options={colourOptions}
        value={colour}
        onChange={onColour}
      />
      {specs.map((spec) => (
        <SpecFigure key={spec.id} spec={spec} source={source} />
      ))}
    </>
  );
}
