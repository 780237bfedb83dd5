// The small multiples as a chart spec: what a figure hands the chart wrapper and what an export re-renders.
import type { ChartSpec } from '../chart-spec.ts';
import { REPLACE_ALL_BUT_TOOLTIP } from '../chart-spec.ts';
import { buildMultiplesOption } from './build-multiples-option.ts';
import { describeMultiples } from './multiples-description.ts';
import { multiplesHeightPx, panelTitleLines } from './multiples-layout.ts';
import type { MultiplesRows, MultiplesSettings } from './multiples-rows.ts';
import { buildMultiplesTable } from './multiples-table.ts';
import { estimateLegendRows } from '../legend-rows.ts';
import { multiplesLegendNames } from './multiples-rows.ts';

/** Room for the national median's legend name in either language ("Trung vị toàn quốc" / "National median"). */
const MEDIAN_NAME_ROOM = 'Trung vị toàn quốc';
import { yearSpan } from '../year-span.ts';

export const SUBDIMENSION_MULTIPLES_CHART_ID = 'chart-subdimension-multiples';

/** The multiples' spec; height follows the number of panel rows at the rendered width. */
export function createMultiplesSpec(
  rows: MultiplesRows,
  settings: MultiplesSettings,
): ChartSpec<MultiplesRows, MultiplesSettings> {
  return {
    id: SUBDIMENSION_MULTIPLES_CHART_ID,
    rows,
    settings,
    build: buildMultiplesOption,
    toTable: buildMultiplesTable,
    describe: describeMultiples,
    drawsProgress: false,
    // Redrawn on each indicator switch: the tooltip is kept (see REPLACE_ALL_BUT_TOOLTIP).
    replaceMerge: REPLACE_ALL_BUT_TOOLTIP,
    heightPx: (widthPx) =>
      multiplesHeightPx(
        rows.parts.length,
        widthPx,
        panelTitleLines(
          rows.parts.map((part) => part.label),
          widthPx,
        ),
        // The legend's names, with the median's in the longer language, so a wrapped legend keeps its room.
        estimateLegendRows(multiplesLegendNames(rows, settings.provinceName, MEDIAN_NAME_ROOM), widthPx),
      ),
    exportName: {
      province: settings.provinceName,
      indicator: settings.parentLabel,
      years: yearSpan(rows.years),
    },
  };
}
