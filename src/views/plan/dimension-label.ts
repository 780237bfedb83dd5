// How the Plan view names a dimension in its tables: "3. Công khai, minh bạch…", or the group of tasks not
// linked to any dimension.
import type { Translate } from '../../i18n/translate.ts';

/** "code. name" for a dimension; the "not linked to a dimension" wording for null. */
export function dimensionLabel(
  code: string | null,
  dimensionNames: Readonly<Record<string, string>>,
  t: Translate,
): string {
  if (code === null) return t('planView.dimension.unlinked');
  return `${code}. ${dimensionNames[code] ?? ''}`;
}
