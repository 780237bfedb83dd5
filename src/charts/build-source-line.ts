// A figure's source line: PAPI for the scores, plus where the progress figures come from when it shows any.
import type { Translate } from '../i18n/translate.ts';

/** Where the loaded progress figures come from, as the `datasets` table records them. */
export interface ProgressProvenance {
  /** True while progress is the bundled illustrative sample (or any file marked as sample). */
  isSample: boolean;
  /** The recorded source of the progress table, e.g. an imported file's name; null if none was recorded. */
  source: string | null;
}

/**
 * The source line for a figure; `progress` is given only when the figure shows progress figures.
 * A sample says so plainly; otherwise the recorded source is named, so an imported file shows up.
 */
export function buildSourceLine(t: Translate, progress?: ProgressProvenance | null): string {
  const scores = t('chart.source');
  if (progress == null) return scores;
  const recorded = progress.source?.trim() ?? '';
  let progressText: string;
  if (progress.isSample) progressText = t('chart.source.progressSample');
  else if (recorded !== '') progressText = t('chart.source.progressFrom', { source: recorded });
  else progressText = t('chart.source.progressReports');
  return t('chart.source.joined', { scores, progress: progressText });
}
