/** The bundled data could not be downloaded (offline on a first visit, a server's refusal, a broken deployment). */
export class DataDownloadError extends Error {
  /** The file and what the browser or the server said, e.g. "bundled.duckdb: HTTP 503". */
  readonly detail: string;

  constructor(file: string, reason: string) {
    super(`Could not load the bundled data file ${file} (${reason}).`);
    this.name = 'DataDownloadError';
    this.detail = `${file}: ${reason}`;
  }
}
