// What an error says to the user (a message key in their language) and what it says to a developer
// (the engine's text, the SQL and its params), kept apart: the detail goes in a collapsed element.
import { EngineLoadError } from '../db/engine-load-error.ts';
import { QueryError } from '../db/query-error.ts';
import { DataDownloadError } from '../db/data-download-error.ts';
import type { MessageKey } from '../i18n/vi.ts';

export interface ErrorDescription {
  messageKey: MessageKey;
  /** Technical text for the collapsible details; null when there is nothing more to say. */
  detail: string | null;
}

/** Turns anything thrown into a message key for the page and the technical detail behind it. */
export function describeError(error: unknown): ErrorDescription {
  if (error instanceof QueryError) {
    const cause = error.cause instanceof Error ? error.cause.message : String(error.cause);
    const params = error.params.length > 0 ? `\nParams: ${JSON.stringify(error.params)}` : '';
    return { messageKey: 'error.query', detail: `${cause}\nSQL: ${error.sql.trim()}${params}` };
  }
  if (error instanceof EngineLoadError) return { messageKey: 'error.engineLoad', detail: error.detail };
  if (error instanceof DataDownloadError) return { messageKey: 'error.dataDownload', detail: error.detail };
  if (error instanceof Error) return { messageKey: 'error.unexpected', detail: error.message || error.name };
  if (typeof error === 'string' && error !== '') return { messageKey: 'error.unexpected', detail: error };
  return { messageKey: 'error.unexpected', detail: null };
}
