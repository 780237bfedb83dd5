// The Nationwide view's map section (issue 22 parts 2 and 3): the tile map of one indicator, the small
// multiples of the dimensions and the distribution strips, each through the one chart wrapper (table
// alternative, export menu, "Thêm vào bản trình bày", "Xem truy vấn").
//
// Props (the view shell mounts it; it reads nothing from the URL itself):
//   year          the PAPI year asked for (until its answer comes the last one stays shown); its map (63 old units up to 2024, 34 new ones from 2025) is derived from
//                 the units the year scored (queries/nation-map.ts), so no unitKind is passed.
//   indicator     'total', a dimension '1'..'8' or a sub-dimension '2.3': what the big map colours.
//   selectedCode  the app's selected province: outlined on the maps, marked with its region's peers on the
//                 strips (nothing is marked when it is not on the year's map, e.g. a new unit in 2024).
//   onSelect      called with a unit's code when its square is clicked (the shell selects it app-wide).
//
// Keyboard: the squares are drawn on a canvas and are not focusable; each figure's "Xem dạng bảng" button
// gives the keyboard and screen-reader user every unit with its score, rank and group, and the league table
// and the province picker select a province. The colour switch (group / score) is local to the section.
import type { ReactNode } from 'react';
import { useCallback, useMemo, useState } from 'react';
import type { TileColouring } from '../../../charts/tile-map/tile-map-rows.ts';
import { Chart } from '../../../components/chart.tsx';
import { ChartFigure } from '../../../components/chart-figure.tsx';
import { ErrorPanel } from '../../../components/error-panel.tsx';
import { LoadingIndicator } from '../../../components/loading-indicator.tsx';
import type { IndicatorCode } from '../../../domain/types.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useIndicators } from '../../../queries/indicators.ts';
import { nationDimensionsMapQuery, nationMapQuery } from '../../../queries/nation-map.ts';
import { combineQueryStates } from '../../shared/combine-query-states.ts';
import { useLastAnswer } from '../use-last-answer.ts';
import { useStableCallback } from '../use-stable-callback.ts';
import { useValueAfterPaint } from '../../shared/use-value-after-paint.ts';
import { buildDimensionFigures, buildTileMapFigure } from './nation-map-specs.ts';
import './nation-map.css';

export interface NationMapSectionProps {
  year: number;
  indicator: IndicatorCode;
  selectedCode: string;
  onSelect: (code: string) => void;
}

/** A figure for one spec: heading and subtitle from the spec's own description. */
function MapFigure({
  children,
  id,
  heading,
  subtitle,
}: {
  children: ReactNode;
  id: string;
  heading: string;
  subtitle: string;
}): ReactNode {
  const { t } = useI18n();
  return (
    <ChartFigure id={`${id}-heading`} heading={heading} subtitle={subtitle} source={t('chart.source')}>
      {children}
    </ChartFigure>
  );
}

/** The tile map, the small multiples and the distribution strips of `year`. */
export function NationMapSection({
  year,
  indicator,
  selectedCode,
  onSelect,
}: NationMapSectionProps): ReactNode {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const [colour, setColour] = useState<TileColouring>('group');
  const indicators = useIndicators();
  const map = nationMapQuery.use(year, indicator);
  const dimensions = nationDimensionsMapQuery.use(year);
  // Until a new year's or indicator's answer comes, the figures of the last answer stay (use-last-answer.ts).
  const shownMap = useLastAnswer({ year, indicator }, map.data);
  const shownDimensions = useLastAnswer(year, dimensions.data);
  const source = t('chart.source');

  // The big map follows the indicator; the multiples and the strips only the year (and the colour and the
  // selection), so an indicator switch leaves them as they are. After a year switch they redraw after the frame
  // that shows the league table and the big map (useValueAfterPaint).
  const tileMap = useMemo(
    () =>
      shownMap === null || indicators.data === undefined
        ? null
        : buildTileMapFigure(shownMap.data, indicators.data, shownMap.inputs.indicator, {
            year: shownMap.inputs.year,
            lang,
            colour,
            selectedCode,
            source,
          }),
    [shownMap, indicators.data, lang, colour, selectedCode, source],
  );
  const unitKind = tileMap === null ? null : tileMap.rows.unitKind;
  const dimensionFigures = useMemo(
    () =>
      shownDimensions === null || indicators.data === undefined || unitKind === null
        ? null
        : buildDimensionFigures(shownDimensions.data, indicators.data, unitKind, {
            year: shownDimensions.inputs,
            lang,
            colour,
            selectedCode,
            source,
          }),
    [shownDimensions, indicators.data, unitKind, lang, colour, selectedCode, source],
  );
  const shownDimensionFigures = useValueAfterPaint(dimensionFigures) ?? dimensionFigures;

  // A click on a unit's square selects it; the archipelagos and the legend carry no code. One handler for the
  // section's life (the latest onSelect), so a redraw never rebinds the charts' events.
  const select = useStableCallback(onSelect);
  const onEvents = useMemo(
    () => ({
      click: (params: unknown) => {
        const code = (params as { data?: { code?: unknown } }).data?.code;
        if (typeof code === 'string') select(code);
      },
    }),
    [select],
  );
  const onColour = useCallback((value: TileColouring) => setColour(value), []);

  const { error, retry } = combineQueryStates(map, dimensions, indicators);
  if (error !== null) return <ErrorPanel error={error} onRetry={retry} />;
  if (tileMap === null || dimensionFigures === null || shownDimensionFigures === null) {
    return <LoadingIndicator label={t('nationMap.loading')} />;
  }

  const { multiples, strips } = shownDimensionFigures;
  const tileText = tileMap.describe(tileMap.rows, tileMap.settings, i18n);
  const multiplesText = multiples.describe(multiples.rows, multiples.settings, i18n);
  const stripsText = strips.describe(strips.rows, strips.settings, i18n);
  const colourOptions: { value: TileColouring; label: string }[] = [
    { value: 'group', label: t('nationMap.colour.group') },
    { value: 'score', label: t('nationMap.colour.score') },
  ];

  return (
    <section
      className="nation-map"
      aria-labelledby="nation-map-heading"
      aria-busy={map.data === undefined || dimensions.data === undefined}
      data-testid="nation-map-section"
    >
      <h2 id="nation-map-heading" className="nation-map-heading">
        {t('nationMap.heading')}
      </h2>
      <p className="nation-map-note">{t('nationMap.keyboard')}</p>
      <fieldset className="nation-map-choice" data-testid="choice-map-colour">
        <legend>{t('nationMap.colour.label')}</legend>
        {colourOptions.map((option) => (
          <label key={option.value}>
            <input
              type="radio"
              name="map-colour"
              value={option.value}
              checked={option.value === colour}
              onChange={() => onColour(option.value)}
            />
            {option.label}
          </label>
        ))}
      </fieldset>
      <div className="nation-map-pair">
        <MapFigure id={tileMap.id} heading={tileText.title} subtitle={tileText.subtitle}>
          <Chart spec={tileMap} onEvents={onEvents} />
        </MapFigure>
        <MapFigure id={strips.id} heading={stripsText.title} subtitle={stripsText.subtitle}>
          <Chart spec={strips} />
        </MapFigure>
      </div>
      <MapFigure id={multiples.id} heading={multiplesText.title} subtitle={multiplesText.subtitle}>
        <Chart spec={multiples} onEvents={onEvents} />
      </MapFigure>
    </section>
  );
}
