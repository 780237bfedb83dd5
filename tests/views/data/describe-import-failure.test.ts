// An import that failed in the engine or the browser is said in the user's language, naming the files, with the
// engine's own English text kept for the details element only.

import { describe, expect, it } from 'vitest';
import { EngineStoppedError } from '../../../src/db/engine-failure.ts';
import { QueryError } from '../../../src/db/query-error.ts';
import { createI18n } from '../../../src/i18n/create-i18n.ts';
import { describeImportFailure } from '../../../src/views/data/describe-import-failure.ts';
import { summariseImport } from '../../../src/views/data/import-summary.ts';

const OUT_OF_MEMORY =
  'Out of Memory Error: failed to allocate data of size 256.0 MiB (1.9 GiB/2.0 GiB used)\nSQL: INSERT INTO merge_task_progress SELECT * FROM incoming';

describe('describeImportFailure', () => {
  it.each(['vi', 'en'] as const)('says in %s that the engine ran out of memory, naming the file', (lang) => {
    const { t } = createI18n(lang);
    const text = describeImportFailure(OUT_OF_MEMORY, ['tien-do.csv'], t);
    expect(text.line).toBe(t('import.engine.memory', { files: 'tien-do.csv' }));
    expect(text.line).not.toContain('Out of Memory');
    expect(text.detail).toBe(OUT_OF_MEMORY);
  });

  it('tells a stopped engine (a wasm trap or a dead worker) from a refused query', () => {
    const { t } = createI18n('vi');
    const trap = new QueryError(new Error('RuntimeError: table index is out of bounds'), 'SELECT 1');
    expect(describeImportFailure(trap, ['a.csv'], t).line).toBe(
      t('import.engine.stopped', { files: 'a.csv' }),
    );
    const dead = new EngineStoppedError('worker-error', 'worker terminated');
    expect(describeImportFailure(dead, ['a.csv'], t).line).toBe(
      t('import.engine.stopped', { files: 'a.csv' }),
    );
    const refused = describeImportFailure('Conversion Error: could not convert', ['a.csv', 'b.csv'], t);
    expect(refused).toEqual({
      line: t('import.engine.refused', { files: 'a.csv, b.csv' }),
      detail: 'Conversion Error: could not convert',
    });
  });

  it('words a browser failure (a file that could not be read) through the browser error mapper', () => {
    const { t } = createI18n('en');
    const denied = Object.assign(new Error('The request is not allowed'), { name: 'NotAllowedError' });
    const text = describeImportFailure(denied, ['x.xlsx'], t);
    expect(text.line).toBe(
      t('import.engine.browser', { files: 'x.xlsx', reason: t('error.browser.notAllowed') }),
    );
  });
});

describe('summariseImport of an engine failure', () => {
  it('replaces the raw engine text by a sentence in the UI language and keeps the text as the detail', () => {
    const { t } = createI18n('vi');
    const files = [
      {
        name: 'tien-do.csv',
        kind: 'task_progress' as const,
        table: 'task_progress' as const,
        mode: 'replace-overlapping' as const,
        added: 0,
        replaced: 0,
        rejected: 0,
      },
    ];
    const summary = summariseImport(
      { outcome: { ok: false, reason: 'database', files, problems: [], error: OUT_OF_MEMORY }, kept: null },
      t,
    );
    expect(summary).toMatchObject({
      role: 'alert',
      lines: [t('import.engine.memory', { files: 'tien-do.csv' })],
      detail: OUT_OF_MEMORY,
    });
  });
});
