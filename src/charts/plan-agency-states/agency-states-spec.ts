// The agency chart as a chart spec: what the Plan view hands the chart wrapper and an export re-renders.
import type { StateCounts } from '../../domain/task-state-summary.ts';
import type { ChartSpec } from '../chart-spec.ts';
import { orderAgencyRows } from './agency-state-rows.ts';
import type { AgencyStatesSettings } from './build-agency-states-option.ts';
import { buildAgencyStatesOption } from './build-agency-states-option.ts';
import { NAMED_BARS_NARROW_WIDTH_PX } from '../named-bars-layout.ts';
import { describeAgencyStates } from './agency-states-description.ts';
import { buildAgencyStatesTable } from './agency-states-table.ts';

export const AGENCY_STATES_CHART_ID = 'chart-plan-agency-states';

/** A bar per agency, taller on a phone where the names wrap to three lines; legend and axis around them. */
function heightFor(agencyCount: number) {
  return (widthPx: number): number => {
    const narrow = widthPx < NAMED_BARS_NARROW_WIDTH_PX;
    return Math.max(220, agencyCount * (narrow ? 48 : 34) + (narrow ? 150 : 100));
  };
}

/** The spec of the deadline states by executing agency as of one period. */
export function createAgencyStatesSpec(
  rows: readonly StateCounts[],
  settings: AgencyStatesSettings,
): ChartSpec<readonly StateCounts[], AgencyStatesSettings> {
  return {
    id: AGENCY_STATES_CHART_ID,
    rows,
    settings,
    build: buildAgencyStatesOption,
    toTable: buildAgencyStatesTable,
    describe: describeAgencyStates,
    // The bars are the progress reports' states.
    drawsProgress: true,
    heightPx: heightFor(orderAgencyRows(rows).length),
    exportName: { province: settings.provinceName, indicator: settings.period, years: '' },
  };
}
