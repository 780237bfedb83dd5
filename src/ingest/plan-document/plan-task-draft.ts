// A task as read from a plan's appendix, before the user reviews it, and why the parser was unsure of it.

import type { PlanColumn } from './find-appendix.ts';

/** Why a row needs a look: each is put into words by i18n (`planDocument.flag.<key>`). */
export type PlanFlagKey =
  | 'dimensionGuessed'
  | 'dimensionUnknown'
  | 'subdimensionGuessed'
  | 'subdimensionUnknown'
  | 'subdimensionOutsideDimension'
  | 'timeframeUnknown'
  | 'executingMissing'
  | 'taskMissing'
  // Read from a plan's body text (no appendix): guessed from a sentence, or not found and to be confirmed.
  | 'executingGuessed'
  | 'executingUnconfirmed'
  | 'timeframeGuessed';

/** A doubt about one cell of one row. */
export interface PlanFlag {
  readonly key: PlanFlagKey;
  readonly column: PlanColumn;
  readonly args: Readonly<Record<string, string>>;
}

/** One task of the plan as read; agencies as single agencies; `row` is where it is in the document. */
export interface PlanTaskDraft {
  readonly row: number;
  readonly dimension: string;
  readonly subdimension: string;
  readonly subdimensionLabel: string;
  readonly task: string;
  readonly executingAgencies: readonly string[];
  readonly supervisingAgencies: readonly string[];
  readonly timeframe: string;
  /** `continuous`, `annual`, … or null for wording without a code. */
  readonly timeframeCode: string | null;
  /** A date the timeframe writes ("30/6/2024" → `2024-06-30`), else null. */
  readonly deadline: string | null;
  readonly flags: readonly PlanFlag[];
}
