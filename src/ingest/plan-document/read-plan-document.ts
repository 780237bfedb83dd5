// The one entry of the plan parser: a document (text, HTML or a .docx rendered to HTML) → the plan's
// identity and its tasks for review, or the reason it has none. Pure: used by `npm run data:plan` and the browser.

import type { ProvinceRef } from '../read/match-province.ts';
import { readBodyForm, type SkippedSection } from './body-form/read-body-form.ts';
import type { PlanDocument } from './document-table.ts';
import { APPENDIX_HEADER_WORDS, findAppendixTable } from './find-appendix.ts';
import type { IndicatorName } from './match-indicator.ts';
import { readPlanIdentity, type PlanIdentity } from './plan-identity.ts';
import { readPlanTargets, type PlanTarget } from './plan-targets.ts';
import type { PlanTaskDraft } from './plan-task-draft.ts';
import { readPlanRows, type SkippedRow } from './read-plan-rows.ts';

/** What the parser needs to know: the official indicator names and the provinces. */
export interface PlanReference {
  readonly indicators: readonly IndicatorName[];
  readonly provinces: readonly ProvinceRef[];
}

export type PlanReading =
  | {
      readonly ok: true;
      readonly identity: PlanIdentity;
      readonly tasks: readonly PlanTaskDraft[];
      readonly skipped: readonly SkippedRow[];
      readonly numbering: PlanDocument['numbering'];
      /** 'appendix' when read from the appendix table, 'body' from the numbered headings of the text. */
      readonly form: 'appendix' | 'body';
      /** Sections about other indices (PAR INDEX, SIPAS, …), left out. */
      readonly skippedSections: readonly SkippedSection[];
      /** The goals the plan's text sets, for the user to check (not yet used by the Overview). */
      readonly targets: readonly PlanTarget[];
    }
  | { readonly ok: false; readonly reason: 'noAppendix' | 'noTasks'; readonly lookedFor: string };

/** Reads the plan in `document`: its appendix table, else the tasks of its body; never throws. */
export function readPlanDocument(document: PlanDocument, reference: PlanReference): PlanReading {
  const identity = (): PlanIdentity => readPlanIdentity(document.lines, reference.provinces);
  const targets = (): PlanTarget[] => readPlanTargets(document.lines, reference.indicators);
  const appendix = findAppendixTable(document.tables);
  if (appendix === null) {
    const body = readBodyForm(document.lines, reference.indicators);
    if (body.tasks.length === 0) return { ok: false, reason: 'noAppendix', lookedFor: APPENDIX_HEADER_WORDS };
    return {
      ok: true,
      identity: identity(),
      tasks: body.tasks,
      skipped: [],
      // Body tasks are located by the document's text lines.
      numbering: 'line',
      form: 'body',
      skippedSections: body.skippedSections,
      targets: targets(),
    };
  }
  const { tasks, skipped } = readPlanRows(appendix, reference.indicators);
  if (tasks.length === 0) return { ok: false, reason: 'noTasks', lookedFor: APPENDIX_HEADER_WORDS };
  return {
    ok: true,
    identity: identity(),
    tasks,
    skipped,
    numbering: document.numbering,
    form: 'appendix',
    skippedSections: [],
    targets: targets(),
  };
}
