// A .docx chosen or dropped on the Data view's plan panel, read through the file-reading worker's request
// (in-thread here, where Node has no Worker): read as a plan, or, when damaged, refused with a message in
// the user's language that names the file and carries the reader's reason; cancelled while it is read, it
// gives nothing, and the panel says so.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../src/i18n/i18n-context.tsx';
import { PlanNotice } from '../../../src/views/data/plan-review/plan-notice.tsx';
import {
  readCancellablePlanFile,
  readPlanFile,
  type PlanInputReading,
} from '../../../src/views/data/plan-review/read-plan-input.ts';
import { hueDocx } from './hue-88-docx.ts';
import { PLAN_REFERENCE } from './plan-reference.ts';

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

describe('a .docx plan file read with a Cancel', () => {
  const cancelledText = (lang: 'vi' | 'en'): string =>
    renderToStaticMarkup(
      createElement(I18nProvider, {
        lang,
        children: createElement(PlanNotice, { notice: { kind: 'cancelled', source: 'ke-hoach-88.docx' } }),
      }),
    ).replace(/<[^>]+>/g, '');

  it('is read as usual when nobody cancels it', async () => {
    const input = await readCancellablePlanFile(
      'ke-hoach-88.docx',
      await hueDocx(),
      PLAN_REFERENCE,
      new AbortController().signal,
    );
    expect(input?.kind === 'read' && input.reading.ok && input.reading.tasks.length).toBe(3);
  });

  it('gives nothing when cancelled while mammoth reads it, and nothing when cancelled before', async () => {
    const bytes = await hueDocx();
    const whileRead = new AbortController();
    const reading = readCancellablePlanFile('ke-hoach-88.docx', bytes, PLAN_REFERENCE, whileRead.signal);
    whileRead.abort();
    expect(await reading).toBeNull();
    const before = new AbortController();
    before.abort();
    expect(
      await readCancellablePlanFile('ke-hoach-88.docx', bytes, PLAN_REFERENCE, before.signal),
    ).toBeNull();
  });

  it('the panel says the reading was cancelled and the loaded data kept, in Vietnamese and English', () => {
    expect(cancelledText('vi')).toBe(
      'Đã hủy đọc ke-hoach-88.docx: không có gì được đọc hay nhập. Dữ liệu đang có được giữ nguyên.',
    );
    expect(cancelledText('en')).toBe(
      'Stopped reading ke-hoach-88.docx: nothing was read or imported. The data already loaded is unchanged.',
    );
  });
});
