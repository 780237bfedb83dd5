import { describe, expect, it } from 'vitest';
import { createI18n } from '../../src/i18n/create-i18n.ts';
import { describeNotice, type NoticeNames } from '../../src/state/describe-notice.ts';
import type { Notice } from '../../src/state/resolve-selection.ts';

const NAMES: Record<string, { vi: string; en: string }> = {
  P17: { vi: 'Vĩnh Phúc', en: 'Vinh Phuc' },
  P43: { vi: 'Đắk Nông', en: 'Dak Nong' },
};

const say = (notice: Notice, lang: 'vi' | 'en'): string => {
  const { t } = createI18n(lang);
  const names: NoticeNames = {
    provinceName: (code) => NAMES[code]?.[lang] ?? code,
    viewName: (view) => (view === 'overview' ? t('nav.overview') : view),
  };
  return describeNotice(notice, t, names);
};

describe('describeNotice', () => {
  const yearWithoutScore: Notice = {
    key: 'notice.yearWithoutScore',
    args: { province: 'P17', year: 2024, shownYear: 2023 },
  };
  const unknownProvince: Notice = {
    key: 'notice.unknownProvince',
    args: { requested: 'P99', shownProvince: 'P43' },
  };

  it('says in Vietnamese which year is shown instead, naming the province', () => {
    expect(say(yearWithoutScore, 'vi')).toBe('Vĩnh Phúc không có điểm năm 2024; đang hiển thị năm 2023.');
    expect(say(unknownProvince, 'vi')).toBe('Không có tỉnh mã P99; đang hiển thị Đắk Nông.');
  });

  it('says the same in English', () => {
    expect(say(yearWithoutScore, 'en')).toBe('Vinh Phuc has no score for 2024; showing 2023.');
    expect(say(unknownProvince, 'en')).toBe('There is no province with code P99; showing Dak Nong.');
  });

  it('names the view shown instead of an unknown one', () => {
    expect(say({ key: 'notice.unknownView', args: { value: 'admin', shownView: 'overview' } }, 'vi')).toBe(
      'Không có trang “admin”; đang hiển thị trang Tổng quan.',
    );
  });
});
