// Which figures say "Dữ liệu minh họa" in their frame: exactly those whose drawn marks show task progress
// (ChartSpec.drawsProgress) while that progress is sample data. A figure that draws only official scores never
// does, even when its tooltips quote a sample rate (its source line names the sample instead).
import type { ProgressProvenance } from '../domain/types.ts';
import type { I18n } from '../i18n/create-i18n.ts';
import type { ChartSpec } from './chart-spec.ts';

/** The spec with its frame note set by the rule above (any note it had is replaced). */
export function withSampleNote<Rows, Settings extends { note?: string | undefined }>(
  spec: ChartSpec<Rows, Settings>,
  progress: ProgressProvenance | null,
  t: I18n['t'],
): ChartSpec<Rows, Settings> {
  const note = spec.drawsProgress && progress?.isSample === true ? t('sample.badge') : undefined;
  return { ...spec, settings: { ...spec.settings, note } };
}
