// The report forms of an import in words: one line per form applied (unit, period) and per form set aside,
// whose located problems the import's problem list carries.

import { formatPeriod } from '../../i18n/format.ts';
import type { Language } from '../../i18n/languages.ts';
import type { Translate } from '../../i18n/translate.ts';
import type { ImportProblem } from '../read/import-problem.ts';
import type { FormBatchOutcome } from './form-batch.ts';

/** The lines about the batch's forms, and the problems of those set aside. */
export interface FormBatchLines {
  readonly lines: readonly string[];
  readonly problems: readonly ImportProblem[];
}

/** "Biểu mẫu đã nạp: Huyện Cư Jút, Quý III/2025 (cu-jut.xlsx)." and "Biểu mẫu bị từ chối: …". */
export function describeFormBatch(forms: FormBatchOutcome, t: Translate, lang: Language): FormBatchLines {
  const words = (form: FormBatchOutcome['applied'][number]) => ({
    unit: form.unit,
    period: formatPeriod(form.period, lang),
    file: form.file,
  });
  return {
    lines: [
      ...forms.applied.map((form) => t('import.forms.applied', words(form))),
      ...forms.refused.map((form) => t('import.forms.refused', words(form))),
    ],
    problems: forms.refused.flatMap((form) => form.problems),
  };
}
