// Both drop zones share one set of handlers (components/use-file-drop) but keep their own labels, file
// types and limits: the import takes several files, a plan one Word/HTML/text file.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../src/i18n/i18n-context.tsx';
import { ImportDropZone } from '../../../src/views/data/import-drop-zone.tsx';
import { PlanSourceInputs } from '../../../src/views/data/plan-review/plan-source-inputs.tsx';

const render = (element: ReturnType<typeof createElement>) =>
  renderToStaticMarkup(createElement(I18nProvider, { lang: 'vi', children: element }));

/** The attributes of the first `<name>` tag (with that data-testid, if given): enough to read the markup without a DOM. */
function attributesOf(html: string, name: string, testId?: string): Map<string, string> {
  const tags = html.match(new RegExp(`<${name}\\b[^>]*>`, 'g')) ?? [];
  const tag = testId === undefined ? tags[0] : tags.find((t) => t.includes(`data-testid="${testId}"`));
  if (tag === undefined) throw new Error(`no <${name}> in ${html}`);
  return new Map([...tag.matchAll(/\s([a-z-]+)(?:="([^"]*)")?/g)].map((m) => [m[1] ?? '', m[2] ?? '']));
}

const noop = () => undefined;

describe('the import drop zone', () => {
  const html = render(createElement(ImportDropZone, { busy: false, onFiles: noop }));

  it('takes several files of the types offices send, chosen with a labelled button', () => {
    const input = attributesOf(html, 'input');
    expect(input.get('type')).toBe('file');
    expect(input.has('multiple')).toBe(true);
    expect(input.get('accept')).toBe('.csv,.txt,.xlsx,.xls,.docx');
    expect(input.has('disabled')).toBe(false);
    expect(attributesOf(html, 'label').get('for')).toBe(input.get('id'));
    expect(html).toContain('>Nhập tệp dữ liệu</label>');
    expect(html).toContain('hoặc kéo thả tệp vào đây');
    expect(attributesOf(html, 'div', 'drop-zone').get('class')).toBe('drop-zone');
  });

  it('disables the input while an import runs', () => {
    const busy = render(createElement(ImportDropZone, { busy: true, onFiles: noop }));
    expect(attributesOf(busy, 'input').has('disabled')).toBe(true);
  });
});

describe('the plan drop zone', () => {
  const props = { ready: true, reading: false, onFile: noop, onPaste: noop };

  it('takes one Word, HTML or text file, chosen with a labelled button', () => {
    const html = render(createElement(PlanSourceInputs, props));
    const input = attributesOf(html, 'input', 'plan-file-input');
    expect(input.get('type')).toBe('file');
    expect(input.has('multiple')).toBe(false);
    expect(input.get('accept')).toBe('.docx,.txt,.htm,.html');
    expect(input.has('disabled')).toBe(false);
    expect(attributesOf(html, 'label').get('for')).toBe(input.get('id'));
    expect(html).toContain('>Chọn tệp Word (.docx)</label>');
    expect(html).toContain('hoặc thả tệp .docx vào đây');
    expect(attributesOf(html, 'div', 'plan-drop-zone').get('class')).toBe('drop-zone');
  });

  it('disables the input until the reader is ready, and while a file is read', () => {
    for (const state of [
      { ready: false, reading: false },
      { ready: true, reading: true },
    ]) {
      const html = render(createElement(PlanSourceInputs, { ...props, ...state }));
      expect(attributesOf(html, 'input', 'plan-file-input').has('disabled')).toBe(true);
    }
  });
});
