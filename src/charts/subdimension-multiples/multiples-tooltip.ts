// The multiples' tooltip: every line at the hovered year, numbers per locale, each value escaped.
import type { I18n } from '../../i18n/create-i18n.ts';
import { escapeHtml } from '../escape-html.ts';

export function buildMultiplesTooltip(i18n: I18n) {
  return {
    trigger: 'axis',
    valueFormatter: (value: unknown) =>
      escapeHtml(typeof value === 'number' ? i18n.formatNumber(value) : '–'),
  };
}
