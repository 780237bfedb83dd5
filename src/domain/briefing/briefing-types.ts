// The briefing summary as data: sentences are message keys with typed arguments, and every figure may carry
// where it comes from. Language-free (domain imports no i18n); render-briefing turns it into text.

/** A name given in both languages (a dimension's official name). */
export interface BilingualName {
  vi: string;
  en: string;
}

/** One value placed into a sentence. */
export type BriefingValue =
  | { kind: 'number'; value: number }
  | { kind: 'signed'; value: number }
  | { kind: 'rank'; rank: number; count: number }
  | { kind: 'integer'; value: number }
  | { kind: 'text'; text: string }
  | { kind: 'name'; name: BilingualName }
  | { kind: 'period'; period: string }
  | { kind: 'message'; key: string; args?: Readonly<Record<string, BriefingValue>> }
  /** "name (figure), name (figure)": each figure traceable on its own. */
  | { kind: 'list'; items: readonly { name: BilingualName; figure: BriefingArg }[] };

/** Where a figure comes from: a message (in the reader's language) with its arguments. */
export interface BriefingSource {
  key: string;
  args: Readonly<Record<string, BriefingValue>>;
}

/** A sentence argument; with a source it is a traceable figure. */
export interface BriefingArg {
  value: BriefingValue;
  source?: BriefingSource;
}

/** One sentence: a message key and its arguments. */
export interface BriefingSentence {
  /** Stable id (headline, goal, distance, reserves, lights, fallen, tasks). */
  id: string;
  key: string;
  args: Readonly<Record<string, BriefingArg>>;
}
