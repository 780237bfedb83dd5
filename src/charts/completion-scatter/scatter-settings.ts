// What the scatter needs besides its rows.

export interface CompletionScatterSettings {
  provinceName: string;
  planTargetYear: number;
  /** The report period the completion refers to, e.g. '2025-Q4'. */
  period: string;
  source?: string | undefined;
  note?: string | undefined;
}
