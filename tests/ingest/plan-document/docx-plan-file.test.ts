// A .docx chosen or dropped on the Data view's plan panel, read through the file-reading worker's request
// (in-thread here, where Node has no Worker): read as a plan, or, when damaged, refused with a message in
// the user's language that names the file and carries the reader's reason.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../src/i18n/i18n-context.tsx';
import { PlanNotice } from '../../../src/views/data/plan-review/plan-notice.tsx';
import { readPlanFile, type PlanInputReading } from '../../../src/views/data/plan-review/read-plan-input';
import { hueDocx } from './hue-88-docx';
import { PLAN_REFERENCE } from './plan-reference';

/** The refusal as the panel shows it, as text. */
function noticeText(input: PlanInputReading, lang: 'vi' | 'en'): string {
  if (input.kind === 'read' && input.reading.ok) throw new Error('not refused');
  const notice = createElement(PlanNotice, { notice: { kind: 'refused', input } });
  return renderToStaticMarkup(createElement(I18nProvider, { lang, children: notice }))
    .replace(/<[^>]+>/g, '')
    .replace(/&#x27;/g, "'");
}

describe('a .docx plan file on the Data view', () => {
  it('is read into the plan review: its number and its tasks', async () => {
    const input = await readPlanFile('ke-hoach-88.docx', await hueDocx(), PLAN_REFERENCE);
    expect(input.kind === 'read' && input.reading.ok && input.reading.identity.plan).toBe('88/KH-UBND');
    expect(input.kind === 'read' && input.reading.ok && input.reading.tasks.length).toBe(3);
  });

  it('a damaged one is refused in Vietnamese and English, naming the file and the reason', async () => {
    const whole = await hueDocx();
    const input = await readPlanFile('ke-hoach-88.docx', whole.slice(0, whole.length / 2), PLAN_REFERENCE);
    expect(input).toMatchObject({ kind: 'unreadable', source: 'ke-hoach-88.docx' });
    expect(noticeText(input, 'vi')).toContain(
      "ke-hoach-88.docx: không đọc được tệp Word (Corrupted zip: can't find end of central directory).",
    );
    expect(noticeText(input, 'en')).toContain(
      "ke-hoach-88.docx: the Word file could not be read (Corrupted zip: can't find end of central directory).",
    );
  });
});
