import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { vi as viText } from '../../src/i18n/vi.ts';
import { dictionaryModule } from '../../src/server/dictionary-module.ts';

/** The module's exports, as a browser would evaluate it. */
const evaluate = async (code: string): Promise<Record<string, unknown>> =>
  (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as Record<string, unknown>;

describe('dictionaryModule', () => {
  it('ships each language exactly as its areas define it, quotes, line breaks and placeholders included', async () => {
    expect((await evaluate(dictionaryModule('vi', viText))).vi).toEqual(viText);
    expect((await evaluate(dictionaryModule('en', en))).en).toEqual(en);
  });

  it('keeps text that looks like code as text', async () => {
    const tricky = { a: '"); alert(1); ("', b: '</script>', c: '`${x}`', d: '\u2028\\' };
    expect((await evaluate(dictionaryModule('t', tricky))).t).toEqual(tricky);
  });

  it('refuses an export name that is not an identifier', () => {
    expect(() => dictionaryModule('vi = 1; x', {})).toThrow(/export name/);
  });
});
