// Both drop zones share one set of handlers (components/use-file-drop) but keep their own labels, file
// types and limits: the import takes several files, a plan one Word/PDF/HTML/text file.
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

const planProps = { ready: true, reading: false, onFile: noop, onPaste: noop };

describe.each([
  {
    zone: 'the import drop zone',
    html: render(createElement(ImportDropZone, { busy: false, onFiles: noop })),
    zoneTestId: 'drop-zone',
    inputTestId: undefined,
    multiple: true,
    accept: '.csv,.txt,.xlsx,.xls,.docx',
    button: 'Nhập tệp dữ liệu',
    hint: 'hoặc kéo thả tệp vào đây',
  },
  {
    zone: 'the plan drop zone',
    html: render(createElement(PlanSourceInputs, planProps)),
    zoneTestId: 'plan-drop-zone',
    inputTestId: 'plan-file-input',
    multiple: false,
    accept: '.docx,.pdf,application/pdf,.txt,.htm,.html',
    button: 'Chọn tệp Word (.docx) hoặc PDF',
    hint: 'hoặc thả tệp .docx hay .pdf (PDF có lớp chữ, không phải bản quét) vào đây',
  },
])('$zone', ({ html, zoneTestId, inputTestId, multiple, accept, button, hint }) => {
  it(`takes ${multiple ? 'several files' : 'one file'} of its types, chosen with its labelled button`, () => {
    const input = attributesOf(html, 'input', inputTestId);
    expect(input.get('type')).toBe('file');
    expect(input.has('multiple')).toBe(multiple);
    expect(input.get('accept')).toBe(accept);
    expect(input.has('disabled')).toBe(false);
    expect(attributesOf(html, 'label').get('for')).toBe(input.get('id'));
    expect(html).toContain(`>${button}</label>`);
    expect(html).toContain(hint);
    expect(attributesOf(html, 'div', zoneTestId).get('class')).toBe('drop-zone');
  });
});

describe('disabled file inputs', () => {
  it('disables the import input while an import runs', () => {
    const busy = render(createElement(ImportDropZone, { busy: true, onFiles: noop }));
    expect(attributesOf(busy, 'input').has('disabled')).toBe(true);
  });

  it('keeps the plan input open before the reader is ready (the file is queued), and disables it while a file is read', () => {
    const disabled = (state: { ready: boolean; reading: boolean }) =>
      attributesOf(
        render(createElement(PlanSourceInputs, { ...planProps, ...state })),
        'input',
        'plan-file-input',
      ).has('disabled');
    expect(disabled({ ready: false, reading: false })).toBe(false);
    expect(disabled({ ready: true, reading: true })).toBe(true);
    expect(disabled({ ready: true, reading: false })).toBe(false);
  });
});
