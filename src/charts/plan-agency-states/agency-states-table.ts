// The agency chart's data as a table: an agency per row in the chart's order, its pairs per deadline state.
import type { StateCounts } from '../../domain/task-state-summary.ts';
import type { I18n } from '../../i18n/create-i18n.ts';
import type { ChartTable } from '../chart-spec.ts';
import { deadlinePairs, LEGEND_STATE_ORDER, orderAgencyRows } from './agency-state-rows.ts';
import type { AgencyStatesDescriptionSettings } from './agency-states-description.ts';
import { describeAgencyStates } from './agency-states-description.ts';
import { stateName } from './agency-states-tooltip.ts';

/** One row per drawn agency: pairs in each deadline state, then their total. */
export function buildAgencyStatesTable(
  rows: readonly StateCounts[],
  settings: AgencyStatesDescriptionSettings,
  i18n: I18n,
): ChartTable {
  const description = describeAgencyStates(rows, settings, i18n);
  return {
    caption: `${description.title}. ${description.subtitle}`,
    columns: [
      i18n.t('planView.agency.key'),
      ...LEGEND_STATE_ORDER.map((state) => stateName(state, i18n)),
      i18n.t('planView.chart.agency.deadlinePairs'),
    ],
    rows: orderAgencyRows(rows).map((row) => ({
      header: row.key,
      cells: [...LEGEND_STATE_ORDER.map((state) => String(row.counts[state])), String(deadlinePairs(row))],
    })),
  };
}
