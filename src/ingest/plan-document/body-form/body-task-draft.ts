// A task block of a plan's body (its words, its labelled lines) → a task draft for the review, with a
// flag on every field that was guessed from a sentence or not found.

import { splitAgencies } from '../agencies.ts';
import type { PlanFlag, PlanTaskDraft } from '../plan-task-draft.ts';
import { timeframeCode, timeframeDeadline } from '../timeframe.ts';
import { readLabelledFields, readTaskFields } from './task-fields.ts';

/** Where a task sits: its dimension and sub-dimension, and the doubts about them. */
export interface TaskPlace {
  readonly dimension: string;
  readonly subdimension: string;
  readonly subdimensionLabel: string;
  readonly flags: readonly PlanFlag[];
}

/** A task as found in the body: where it starts, its lines of words, and the lines that say who and when. */
export interface TaskBlock {
  readonly line: number;
  readonly text: string[];
  readonly fieldLines: string[];
}

// The task's own words once a trailing "(Cơ quan chủ trì: …)" is taken off, if that leaves a real sentence.
const MIN_WORDS_BEFORE_LABEL = 3;

function taskWords(first: string): string {
  const { before, fields } = readLabelledFields(first);
  const words = before.split(/\s+/).filter((word) => word !== '').length;
  if (Object.keys(fields).length === 0 || words < MIN_WORDS_BEFORE_LABEL) return first;
  return before.replace(/[\s(;,–-]+$/u, '').trim();
}

/** The draft of one task, placed under its dimension (and sub-dimension). */
export function bodyTaskDraft(block: TaskBlock, place: TaskPlace): PlanTaskDraft {
  const [first = '', ...rest] = block.text;
  const fields = readTaskFields([...block.text, ...block.fieldLines].join('\n'));
  const code = timeframeCode(fields.timeframe);
  const deadline = timeframeDeadline(fields.timeframe);
  const executing = splitAgencies(fields.executing);
  const flags: PlanFlag[] = [...place.flags];
  if (executing.length === 0) flags.push({ key: 'executingUnconfirmed', column: 'executing', args: {} });
  else if (fields.guessed.executing)
    flags.push({ key: 'executingGuessed', column: 'executing', args: { text: fields.executing } });
  if (fields.guessed.timeframe)
    flags.push({ key: 'timeframeGuessed', column: 'timeframe', args: { text: fields.timeframe } });
  else if (code === null && deadline === null)
    flags.push({ key: 'timeframeUnknown', column: 'timeframe', args: { text: fields.timeframe } });
  return {
    row: block.line,
    dimension: place.dimension,
    subdimension: place.subdimension,
    subdimensionLabel: place.subdimensionLabel,
    task: [taskWords(first), ...rest].join('\n'),
    executingAgencies: executing,
    supervisingAgencies: splitAgencies(fields.supervising),
    timeframe: fields.timeframe,
    timeframeCode: code,
    deadline,
    flags,
  };
}
