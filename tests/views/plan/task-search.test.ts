import { describe, expect, it } from 'vitest';
import { foldDiacritics } from '../../../src/domain/fold-text.ts';
import { matchesSearch } from '../../../src/views/plan/plan-model.ts';

describe('search that ignores diacritics', () => {
  it.each([
    ['Phòng, chống tham nhũng', 'phong, chong tham nhung'],
    ['Đất đai', 'dat dai'],
    ['  Sở   Tài nguyên ', 'so tai nguyen'],
    // Decomposed input (NFD, as some keyboards send it) folds the same.
    ['tha\u0300m nhu\u0303ng'.normalize('NFD'), 'tham nhung'],
  ])('%s → %s', (text, folded) => {
    expect(foldDiacritics(text)).toBe(folded);
  });

  it('finds "tham nhũng" by "tham nhung", "đất" by "dat", and matches all on empty', () => {
    const text = foldDiacritics('Công khai kết quả xử lý tham nhũng; quản lý đất đai');
    expect(matchesSearch(text, 'tham nhung')).toBe(true);
    expect(matchesSearch(text, 'THAM NHŨNG')).toBe(true);
    expect(matchesSearch(text, 'quan ly dat')).toBe(true);
    expect(matchesSearch(text, 'hối lộ')).toBe(false);
    expect(matchesSearch(text, '   ')).toBe(true);
  });

  it('matches the typed phrase, not its words scattered through the text', () => {
    const text = foldDiacritics('giải đáp những kiến nghị thuộc thẩm quyền');
    expect(matchesSearch(text, 'tham nhung')).toBe(false);
    expect(matchesSearch(text, 'tham quyen')).toBe(true);
  });
});
