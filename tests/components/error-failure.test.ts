// A failed export or save reaches the user in their language; what the browser said (in English) is kept as
// the technical detail, never as the message.
import { describe, expect, it } from 'vitest';
import { describeFailure, exportFailureText } from '../../src/components/error-failure.ts';
import { createI18n } from '../../src/i18n/create-i18n.ts';

const vi = createI18n('vi').t;
const en = createI18n('en').t;

describe('describeFailure', () => {
  it('says blocked storage in Vietnamese, with Chrome’s English text as detail', () => {
    const denied = new DOMException('The user denied permission to access the database.', 'UnknownError');
    expect(exportFailureText(denied, vi)).toBe(
      'Không xuất được: trình duyệt từ chối cho trang này lưu dữ liệu (chế độ riêng tư hoặc đã chặn lưu trữ).',
    );
    expect(exportFailureText(denied, vi)).not.toContain('denied');
    expect(describeFailure(denied).detail).toBe(
      'UnknownError: The user denied permission to access the database.',
    );
  });

  it.each([
    ['QuotaExceededError', 'bộ nhớ của trình duyệt đã đầy'],
    ['NotAllowedError', 'trình duyệt không cho phép thao tác này'],
    ['SecurityError', 'trình duyệt từ chối cho trang này lưu dữ liệu'],
    ['InvalidStateError', 'trình duyệt chưa sẵn sàng cho thao tác này'],
    ['NetworkError', 'mất kết nối mạng'],
    ['VersionError', 'một phiên bản mới hơn của ứng dụng đã cập nhật dữ liệu'],
  ])('a %s is worded for the user', (name, words) => {
    const text = vi(describeFailure(new DOMException('Some English text.', name)).reasonKey);
    expect(text).toContain(words);
    expect(text).not.toContain('English');
  });

  it.each([
    'Failed to fetch',
    'Failed to fetch dynamically imported module: http://localhost/assets/deck-builder-x.js',
    'NetworkError when attempting to fetch resource.',
    'Load failed',
    'A network error occurred.',
  ])('a download that failed offline (“%s”) says the network is down', (message) => {
    expect(exportFailureText(new TypeError(message), en)).toBe(
      'Export failed: a part it needs could not be downloaded: the network is down. Reconnect, then try again.',
    );
    expect(describeFailure(new TypeError(message)).detail).toBe(`TypeError: ${message}`);
  });

  it('anything else is an unexpected error, its own text kept as detail', () => {
    expect(exportFailureText(new Error('canvas is tainted'), vi)).toBe(
      'Không xuất được: đã có lỗi ngoài dự kiến.',
    );
    expect(describeFailure(new Error('canvas is tainted')).detail).toBe('canvas is tainted');
    expect(describeFailure(undefined).detail).toBeNull();
  });
});
