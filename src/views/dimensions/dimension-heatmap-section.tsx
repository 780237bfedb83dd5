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

interface DimensionHeatmapSectionProps {
  /** The province's dimension scores; undefined while loading. */
  cells: readonly ProvinceScore[] | undefined;
  indicators: readonly Indicator[];
  axisYears: readonly number[];
  colour: ColourChoice;
  onColour: (colour: ColourChoice) => void;
  provinceCode: string;
  provinceName: string;
}

/** Every dimension by year as a heatmap, coloured by rank or score as chosen above it. */
export function DimensionHeatmapSection({
  cells,
  indicators,
  axisYears,
  colour,
  onColour,
  provinceCode,
  provinceName,
}: DimensionHeatmapSectionProps): ReactNode {
  const { t, lang } = useI18n();
  const source = t('chart.source');
  const spec = useMemo(() => {
    if (cells === undefined) return null;
    const dimensions = indicators
      .filter((i) => i.level === 'dimension')
      .sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }))
      .map((i) => ({ code: i.code, label: indicatorLabel(i, lang) }));
    const heatmap = createDimensionHeatmapSpec(
      { years: axisYears, dimensions, cells },
      { provinceName, colour, source },
    );
    return { ...heatmap, query: provinceScoresSql(provinceCode, 'dimension') };
  }, [cells, indicators, lang, axisYears, provinceName, colour, source, provinceCode]);
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
      {spec === null ? null : <SpecFigure spec={spec} source={source} />}
    </>
  );
}
