// A refused save is said in the UI language, and the browser's own (English) words sit under "Chi tiết kỹ
// thuật" / "Technical details", never in the message. A tab whose storage a newer app upgraded is told to
// reload, with a button that does it.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { StorageFailureText } from '../../src/components/error-failure-line.tsx';
import { I18nProvider } from '../../src/i18n/i18n-context.tsx';

const render = (
  lang: 'vi' | 'en',
  failure: { reason: 'quota' | 'unavailable' | 'outdated' | 'unknown'; error: string },
) =>
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

  it('tells a tab running an older app to reload, in Vietnamese and English, with a Reload button', () => {
    const error = 'An attempt was made to open a database using a lower version than the existing version.';
    const vi = render('vi', { reason: 'outdated', error });
    expect(messageOf(vi)).toBe(
      'Một phiên bản mới hơn của ứng dụng đã cập nhật dữ liệu lưu trong trình duyệt này. Hãy tải lại trang.',
    );
    expect(vi).toMatch(/<button[^>]*data-testid="storage-reload"[^>]*>Tải lại trang<\/button>/);
    expect(vi).toContain(`${error}</pre>`);
    const en = render('en', { reason: 'outdated', error });
    expect(messageOf(en)).toBe(
      'A newer version of the app has updated the data kept in this browser. Reload the page.',
    );
    expect(en).toContain('>Reload the page</button>');
  });

  it('offers no reload for a storage that is refused or full', () => {
    expect(render('vi', { reason: 'unavailable', error: '' })).not.toContain('storage-reload');
    expect(render('en', { reason: 'quota', error: '' })).not.toContain('storage-reload');
  });
});
