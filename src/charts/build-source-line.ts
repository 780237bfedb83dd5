// A figure's source line: PAPI for the scores, plus where the progress figures come from when it shows any.
import type { ProgressProvenance } from '../domain/types.ts';
import type { Translate } from '../i18n/translate.ts';

/**
 * Where the progress figures come from, in words: a sample says so plainly; otherwise the recorded
 * source is named, so an imported file shows up. Every source line that mentions progress uses it.
 */
export function describeProgressSource(t: Translate, progress: ProgressProvenance): string {
  const recorded = progress.source?.trim() ?? '';
  if (progress.isSample) return t('chart.source.progressSample');
  if (recorded !== '') return t('chart.source.progressFrom', { source: recorded });
  return t('chart.source.progressReports');
}

/** The source line for a figure; `progress` is given only when the figure shows progress figures. */
export function buildSourceLine(t: Translate, progress?: ProgressProvenance | null): string {
  const scores = t('chart.source');
  if (progress == null) return scores;
  return t('chart.source.joined', { scores, progress: describeProgressSource(t, progress) });
}
