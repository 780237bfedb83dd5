// What the scatter needs besides its rows.

export interface CompletionScatterSettings {
  provinceName: string;
  planTargetYear: number;
  /** The report period the completion refers to, e.g. '2025-Q4'. */
  period: string;
  /** True when the period ends after the target year's survey (domain/survey-cutoff.ts): said in the subtitle. */
  afterSurvey?: boolean | undefined;
  source?: string | undefined;
  note?: string | undefined;
}
