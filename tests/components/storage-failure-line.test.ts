// A refused save is said in the UI language, and the browser's own (English) words sit under "Chi tiết kỹ
// thuật" / "Technical details", never in the message.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { StorageFailureText } from '../../src/components/error-failure-line.tsx';
import { I18nProvider } from '../../src/i18n/i18n-context.tsx';

const render = (lang: 'vi' | 'en', failure: { reason: 'quota' | 'unavailable' | 'unknown'; error: string }) =>
  renderToStaticMarkup(
    createElement(I18nProvider, { lang, children: createElement(StorageFailureText, { failure }) }),
  );

const messageOf = (html: string): string => /<p[^>]*>([^<]*)<\/p>/.exec(html)?.[1] ?? '';

describe('StorageFailureText', () => {
  it('says a full storage in Vietnamese, the browser’s words under technical details', () => {
    const html = render('vi', { reason: 'quota', error: 'The quota has been exceeded.' });
    expect(messageOf(html)).toContain('Không lưu được vào trình duyệt: bộ nhớ của trình duyệt đã đầy');
    expect(messageOf(html)).not.toContain('quota');
    expect(html).toContain('<summary>Chi tiết kỹ thuật</summary>');
    expect(html).toContain('The quota has been exceeded.</pre>');
  });

  it('says blocked storage in English, under “Technical details”', () => {
    const html = render('en', {
      reason: 'unavailable',
      error: 'The user denied permission to access the database.',
    });
    expect(messageOf(html)).toBe(
      'Could not save in this browser: the browser refuses to let this page store data (private mode, or site storage blocked).',
    );
    expect(html).toContain('<summary>Technical details</summary>');
  });

  it('has no details when the browser gave no words', () => {
    expect(render('en', { reason: 'unknown', error: '' })).not.toContain('<details');
  });
});
