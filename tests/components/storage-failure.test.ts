// A storage result's failure (quota, blocked storage, anything else) reaches the user in their language through
// the one mapper; the browser's English text is kept as the technical detail, never as the message.
import { describe, expect, it } from 'vitest';
import { describeStorageFailure } from '../../src/components/error-failure.ts';
import { createI18n } from '../../src/i18n/create-i18n.ts';

const vi = createI18n('vi').t;
const en = createI18n('en').t;
const say = (t: typeof vi, failure: Parameters<typeof describeStorageFailure>[0]): string =>
  t('storage.failed', { reason: t(describeStorageFailure(failure).reasonKey) });

describe('describeStorageFailure', () => {
  it('says a full browser storage in Vietnamese and in English, the browser’s text as detail', () => {
    const quota = { reason: 'quota', error: 'The quota has been exceeded.' } as const;
    expect(say(vi, quota)).toBe(
      'Không lưu được vào trình duyệt: bộ nhớ của trình duyệt đã đầy. Hãy giải phóng dung lượng (xóa dữ liệu trang web không dùng) rồi thử lại.',
    );
    expect(say(en, quota)).toBe(
      'Could not save in this browser: the browser’s storage is full. Free some space (clear unused site data), then try again.',
    );
    expect(describeStorageFailure(quota).detail).toBe('The quota has been exceeded.');
  });

  it('says blocked storage without Chrome’s English words', () => {
    const denied = {
      reason: 'unavailable',
      error: 'The user denied permission to access the database.',
    } as const;
    expect(say(vi, denied)).toContain('trình duyệt từ chối cho trang này lưu dữ liệu');
    expect(say(vi, denied)).not.toContain('denied');
    expect(describeStorageFailure(denied).detail).toBe('The user denied permission to access the database.');
  });

  it('anything else is unexpected, and an empty browser text gives no details', () => {
    const other = { reason: 'unknown', error: '' } as const;
    expect(say(en, other)).toBe('Could not save in this browser: an unexpected error occurred.');
    expect(describeStorageFailure(other).detail).toBeNull();
  });
});
