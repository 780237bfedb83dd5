// Report forms dropped together come from different units: one unit's mistake must not hold back the others'
// reports. The forms refused by the reader are set aside and the rest of the batch applies as before.

import type { ImportProblem } from '../read/import-problem.ts';
import type { ImportResult } from '../read/read-import-file.ts';
import type { FormMetadata } from './form-metadata.ts';

/** A returned form of a batch: its file and what it was made for. */
export interface FormInBatch {
  readonly file: string;
  readonly plan: string;
  readonly period: string;
  readonly unit: string;
}

/** A form set aside, with the located problems that refused it. */
export interface RefusedForm extends FormInBatch {
  readonly problems: readonly ImportProblem[];
}

/** What became of the forms of a batch (empty lists when it held none). */
export interface FormBatchOutcome {
  readonly applied: readonly FormInBatch[];
  readonly refused: readonly RefusedForm[];
}

/** The form metadata of a read file; null when it is not one of our forms. */
export const formOfResult = (result: ImportResult): FormMetadata | null => result.form ?? null;

const formInBatch = (file: string, form: FormMetadata): FormInBatch => ({
  file,
  plan: form.plan,
  period: form.period,
  unit: form.unit,
});

/** The batch split: positions of the files to apply together, and the forms set aside. */
export interface FormBatchSplit {
  readonly apply: readonly number[];
  readonly refused: readonly RefusedForm[];
}

/**
 * Sets aside every form with a problem when something else is left to apply; otherwise (nothing refused,
 * or nothing but refused forms) the whole batch goes on, so its outcome names the problems as before.
 */
export function splitFormBatch(reads: readonly { name: string; result: ImportResult }[]): FormBatchSplit {
  const all = reads.map((_, index) => index);
  const isRefusedForm = (index: number): boolean => {
    const result = reads[index]?.result;
    return result !== undefined && formOfResult(result) !== null && result.problems.length > 0;
  };
  const apply = all.filter((index) => !isRefusedForm(index));
  if (apply.length === all.length || apply.length === 0) return { apply: all, refused: [] };
  const refused = all.filter(isRefusedForm).flatMap((index) => {
    const read = reads[index];
    const form = read === undefined ? null : formOfResult(read.result);
    return read === undefined || form === null
      ? []
      : [{ ...formInBatch(read.name, form), problems: read.result.problems }];
  });
  return { apply, refused };
}

/** The forms among the files that applied. */
export function appliedForms(reads: readonly { name: string; result: ImportResult }[]): FormInBatch[] {
  return reads.flatMap(({ name, result }) => {
    const form = formOfResult(result);
    return form === null ? [] : [formInBatch(name, form)];
  });
}

/** A file of the batch, or one sheet of a workbook of several forms: what applies, or is set aside, as one. */
export interface BatchPart {
  readonly fileIndex: number;
  /** The form sheet for a part of a workbook of several forms; null for a whole file. */
  readonly sheet: string | null;
  readonly read: { name: string; result: ImportResult };
}

/** The batch with every workbook of several forms opened into its sheets, in file order. */
export function expandFormWorkbooks(reads: readonly { name: string; result: ImportResult }[]): BatchPart[] {
  return reads.flatMap((read, fileIndex) =>
    read.result.parts === undefined
      ? [{ fileIndex, sheet: null, read }]
      : read.result.parts.map((part) => ({
          fileIndex,
          sheet: part.sheet,
          read: { name: read.name, result: part },
        })),
  );
}
