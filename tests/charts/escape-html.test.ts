import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/charts/escape-html.ts';
import { ATTACK_STRING } from './render-svg.ts';

describe('escapeHtml', () => {
  it('neutralises a tag with an event handler', () => {
    expect(escapeHtml(ATTACK_STRING)).toBe('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('escapes quotes and ampersands so attributes cannot be broken out of', () => {
    expect(escapeHtml(`"a" & 'b'`)).toBe('&quot;a&quot; &amp; &#39;b&#39;');
  });

  it('leaves Vietnamese text intact and prints null as empty', () => {
    expect(escapeHtml('Đắk Nông')).toBe('Đắk Nông');
    expect(escapeHtml(null)).toBe('');
    expect(escapeHtml(40.54)).toBe('40.54');
  });
});
