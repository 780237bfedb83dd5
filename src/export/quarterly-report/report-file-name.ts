// The report's file name, ASCII like every export: bao-cao-quy_474-kh-ubnd_2025-q3_2026-12-03.docx.
import type { Language } from '../../i18n/languages.ts';
import { formatIsoDate, slugify } from '../file-name.ts';

const STEM: Record<Language, string> = { vi: 'bao-cao-quy', en: 'quarterly-report' };

/** "<bao-cao-quy|quarterly-report>_<plan>_<period>_<date>.docx". */
export function quarterlyReportFileName(lang: Language, plan: string, period: string, date: Date): string {
  return `${[STEM[lang], slugify(plan), slugify(period), formatIsoDate(date)].join('_')}.docx`;
}
