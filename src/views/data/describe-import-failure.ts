// An import that failed in the engine or the browser → one sentence in the user's language naming the files,
// and the engine's or browser's own text kept apart for a details element. The engine's errors are sorted by
// db/engine-failure.ts and the browser's by components/error-failure.ts: this only puts them into words.

import { describeFailure } from '../../components/error-failure.ts';
import { classifyEngineError, EngineStoppedError } from '../../db/engine-failure.ts';
import type { Translate } from '../../i18n/translate.ts';

export interface ImportFailureText {
  readonly line: string;
  /** The technical text (DuckDB's or the browser's), for a collapsed details element; null when there is none. */
  readonly detail: string | null;
}

const textOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Why the import of `files` failed, in words; `error` is what the engine or the browser threw (or its message). */
export function describeImportFailure(
  error: unknown,
  files: readonly string[],
  t: Translate,
): ImportFailureText {
  const names = files.length === 0 ? t('import.engine.theFiles') : files.join(', ');
  const detail = textOf(error).trim() || null;
  const engine = error instanceof EngineStoppedError ? 'fatal' : classifyEngineError(error);
  if (engine === 'fatal') return { line: t('import.engine.stopped', { files: names }), detail };
  if (engine === 'memory') return { line: t('import.engine.memory', { files: names }), detail };
  const browser = describeFailure(error);
  if (browser.reasonKey !== 'error.browser.other') {
    return { line: t('import.engine.browser', { files: names, reason: t(browser.reasonKey) }), detail };
  }
  return { line: t('import.engine.refused', { files: names }), detail };
}
