// What the Data view asks before importing dropped workbooks (workbook-choice.ts): a sheet, an official
// workbook's years, or its year when no name gives one; one form for every file that asks something.
import type { ReactNode } from 'react';
import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { ImportMode } from '../../ingest/apply/import-outcome.ts';
import { OfficialYearsField } from './official-years-field.tsx';
import { parseTypedYear, TypedYearField } from './typed-year-field.tsx';
import type { FileChoice, WorkbookChoice } from '../../ingest/read/workbook-choice.ts';

interface SheetPickerProps {
  choices: readonly WorkbookChoice[];
  /** The overlap mode, which decides what an import does to years already loaded. */
  mode: ImportMode;
  /** The answer per file index. */
  onImport: (choices: ReadonlyMap<number, FileChoice>) => void;
  onCancel: () => void;
}

/** The form's state for one file: the sheet picked, the years ticked, or the year as typed. */
type Draft = { sheet: string } | { years: readonly number[] } | { typed: string };

const firstDraft = (choice: WorkbookChoice): Draft =>
  choice.kind === 'sheet'
    ? { sheet: choice.sheets[0] ?? '' }
    : choice.kind === 'years'
      ? { years: choice.years.slice(0, 1) }
      : { typed: '' };

/** The draft as an answer, or null while it is not a valid one (no year ticked, a year out of bounds). */
function answerOf(draft: Draft): FileChoice | null {
  if ('sheet' in draft) return { sheet: draft.sheet };
  if ('years' in draft) return draft.years.length === 0 ? null : { years: draft.years };
  const year = parseTypedYear(draft.typed);
  return year === null ? null : { typedYear: year };
}

/** Asks each workbook's question (the first sheet, the newest year by default; a year to type). */
export function SheetPicker({ choices, mode, onImport, onCancel }: SheetPickerProps): ReactNode {
  const { t } = useI18n();
  const baseId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [drafts, setDrafts] = useState<ReadonlyMap<number, Draft>>(
    () => new Map(choices.map((choice) => [choice.index, firstDraft(choice)])),
  );
  const [submitted, setSubmitted] = useState(false);
  useEffect(() => formRef.current?.querySelector<HTMLElement>('select, input')?.focus(), []);
  const setDraft = (index: number, draft: Draft): void =>
    setDrafts((previous) => new Map(previous).set(index, draft));
  const onlySheets = choices.every((choice) => choice.kind === 'sheet');
  return (
    <form
      ref={formRef}
      className="sheet-picker"
      data-testid="sheet-picker"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setSubmitted(true);
        const answers = [...drafts].map(([index, draft]) => [index, answerOf(draft)] as const);
        if (answers.some(([, answer]) => answer === null)) return;
        onImport(new Map(answers.flatMap(([index, answer]) => (answer === null ? [] : [[index, answer]]))));
      }}
    >
      {choices.some((choice) => choice.kind === 'sheet') ? <p>{t('data.sheet.intro')}</p> : null}
      {choices.map((choice) => {
        const draft = drafts.get(choice.index) ?? firstDraft(choice);
        if (choice.kind === 'years') {
          return (
            <OfficialYearsField
              key={choice.index}
              file={choice.name}
              years={choice.years}
              checked={'years' in draft ? draft.years : []}
              mode={mode}
              showError={submitted}
              onChange={(years) => setDraft(choice.index, { years })}
            />
          );
        }
        if (choice.kind === 'typedYear') {
          return (
            <TypedYearField
              key={choice.index}
              file={choice.name}
              text={'typed' in draft ? draft.typed : ''}
              showError={submitted}
              onChange={(typed) => setDraft(choice.index, { typed })}
            />
          );
        }
        return (
          <div className="field" key={choice.index}>
            <label className="field-label" htmlFor={`${baseId}-${choice.index}`}>
              {t('data.sheet.label', { file: choice.name })}
            </label>
            <select
              id={`${baseId}-${choice.index}`}
              className="select"
              value={'sheet' in draft ? draft.sheet : ''}
              onChange={(event) => setDraft(choice.index, { sheet: event.target.value })}
            >
              {choice.sheets.map((sheet) => (
                <option key={sheet} value={sheet}>
                  {sheet}
                </option>
              ))}
            </select>
          </div>
        );
      })}
      <div className="restore-actions">
        <button type="submit" className="button">
          {onlySheets ? t('data.sheet.import') : t('data.choices.import')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('data.restore.cancel')}
        </button>
      </div>
    </form>
  );
}
