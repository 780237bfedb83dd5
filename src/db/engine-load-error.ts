/** DuckDB's worker or wasm could not be loaded (a failed download, a broken deployment). */
export class EngineLoadError extends Error {
  /** What the browser said, e.g. "Failed to fetch". */
  readonly detail: string;

  constructor(detail: string) {
    super(`DuckDB could not be loaded: ${detail}`);
    this.name = 'EngineLoadError';
    this.detail = detail;
  }
}
