// The README promises to list every header and status the importer accepts: this keeps the promise true.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HEADER_ALIASES } from '../../src/ingest/read/header-aliases.ts';
import { STATUS_ALIASES } from '../../src/ingest/read/parse-values.ts';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('README import section', () => {
  it('lists every accepted header alias of every column', () => {
    const missing = Object.values(HEADER_ALIASES)
      .flat()
      .filter((alias) => !readme.includes(alias.replace(/\|/g, '\\|')));
    expect(missing).toEqual([]);
  });

  it('lists every accepted status value', () => {
    const missing = Object.values(STATUS_ALIASES)
      .flat()
      .filter((alias) => !readme.includes(alias));
    expect(missing).toEqual([]);
  });
});
