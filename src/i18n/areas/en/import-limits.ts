// English UI text of an import's bounds and of engine failures met while importing (the file's row limit, the engine out
// The same keys as the Vietnamese source in ../import-limits.ts (a chunk of its own: a page in Vietnamese never loads it).
import type { importLimitsVi } from '../import-limits.ts';

export const importLimitsEn: { readonly [K in keyof typeof importLimitsVi]: string } = {
  'import.problem.tooManyRows':
    'The file has {found} data rows, more than the limit of {expected} rows for this kind of data. Split it into smaller files.',
  'import.engine.memory':
    'Could not import {files}: the data engine in the browser ran out of memory. Split the file into smaller files. The loaded data is unchanged.',
  'import.engine.stopped':
    'Could not import {files}: the data engine in the browser stopped. Restart it, then import again. The loaded data is unchanged.',
  'import.engine.refused':
    'Could not import {files}: the data engine refused the file’s data. The loaded data is unchanged.',
  'import.engine.browser': 'Could not import {files}: {reason} The loaded data is unchanged.',
  'import.engine.theFiles': 'the chosen files',
  'import.engine.details': 'Technical details',
};
