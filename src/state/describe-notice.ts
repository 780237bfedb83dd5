// A resolution notice in words: province codes become names and view ids labels, in the UI language.
import type { Translate } from '../i18n/translate.ts';
import type { Notice } from './resolve-selection.ts';
import type { ViewId } from './view-ids.ts';

export interface NoticeNames {
  provinceName: (code: string) => string;
  viewName: (view: ViewId) => string;
}

/** The sentence a notice shows, e.g. "Vĩnh Phúc không có điểm năm 2024; đang hiển thị năm 2023." */
export function describeNotice(notice: Notice, t: Translate, names: NoticeNames): string {
  switch (notice.key) {
    case 'notice.unknownProvince':
      return t(notice.key, { ...notice.args, shownProvince: names.provinceName(notice.args.shownProvince) });
    case 'notice.yearWithoutScore':
      return t(notice.key, { ...notice.args, province: names.provinceName(notice.args.province) });
    case 'notice.unknownView':
      return t(notice.key, { ...notice.args, shownView: names.viewName(notice.args.shownView) });
    case 'notice.invalidYear':
    case 'notice.invalidLanguage':
      return t(notice.key, notice.args);
  }
}
