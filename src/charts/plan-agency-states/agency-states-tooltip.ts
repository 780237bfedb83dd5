// The agency chart's tooltip: an agency's pairs in each deadline state, in words, and the pairs not drawn.
import type { TooltipComponentFormatterCallbackParams } from 'echarts';
import type { StateCounts } from '../../domain/task-state-summary.ts';
import type { I18n } from '../../i18n/create-i18n.ts';
import type { MessageKey } from '../../i18n/vi.ts';
import { escapeHtml } from '../escape-html.ts';
import type { DeadlineState } from './agency-state-rows.ts';
import { deadlinePairs, LEGEND_STATE_ORDER } from './agency-state-rows.ts';

const STATE_KEYS: Readonly<Record<DeadlineState, MessageKey>> = {
  done_on_time: 'planView.state.done_on_time',
  done_late: 'planView.state.done_late',
  in_progress_on_time: 'planView.state.in_progress_on_time',
  overdue: 'planView.state.overdue',
};

/** A state in the Plan view's words ("Quá hạn chưa hoàn thành"). */
export const stateName = (state: DeadlineState, i18n: I18n): string => i18n.t(STATE_KEYS[state]);

/** The formatter for an agency's tooltip (axis trigger); every text passes through escapeHtml. */
export function buildAgencyTooltipFormatter(
  drawn: readonly StateCounts[],
  i18n: I18n,
): (params: TooltipComponentFormatterCallbackParams) => string {
  return (params) => {
    const first = Array.isArray(params) ? params[0] : params;
    const row = drawn[first?.dataIndex ?? -1];
    if (row === undefined) return '';
    const lines = LEGEND_STATE_ORDER.map(
      (state) => `${escapeHtml(stateName(state, i18n))}: ${escapeHtml(row.counts[state])}`,
    );
    const other = row.pairCount - deadlinePairs(row);
    return [
      `<strong>${escapeHtml(row.key)}</strong>`,
      ...lines,
      escapeHtml(i18n.t('planView.chart.agency.otherPairs', { count: other })),
    ].join('<br/>');
  };
}
