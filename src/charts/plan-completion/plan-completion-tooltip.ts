// The completion chart's tooltip: one group's share done in each drawn period, with the pairs it counts.
import type { TooltipComponentFormatterCallbackParams } from 'echarts';
import type { I18n } from '../../i18n/create-i18n.ts';
import { escapeHtml } from '../escape-html.ts';
import type { GroupedCompletion } from './plan-completion-rows.ts';
import { formatCompletionCell } from './plan-completion-table.ts';

/** The formatter for a group's tooltip (axis trigger); every text passes through escapeHtml. */
export function buildCompletionTooltipFormatter(
  grouped: GroupedCompletion,
  groupLabels: readonly string[],
  i18n: I18n,
): (params: TooltipComponentFormatterCallbackParams) => string {
  return (params) => {
    const first = Array.isArray(params) ? params[0] : params;
    const index = first?.dataIndex ?? -1;
    const group = grouped.groups[index];
    if (group === undefined) return '';
    return [
      `<strong>${escapeHtml(groupLabels[index])}</strong>`,
      ...grouped.periods.map(
        ({ period }, p) =>
          `${escapeHtml(i18n.formatPeriod(period))}: ${escapeHtml(formatCompletionCell(group.cells[p], i18n))}`,
      ),
    ].join('<br/>');
  };
}
