// Reporting periods as offices write them → the labels the database reads (papi_period_end):
// `2024-Q3`, `2024-H1`, `2024-09`, `2024`.

import { foldDiacritics } from '../../domain/fold-text.ts';

const ROMAN_QUARTERS: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4 };
const YEAR = '((?:19|20|21)\\d{2})';
// Between a number and its year: "/", "-", " năm ", or just a space.
const SEP = '\\s*(?:[/-]|\\s|nam)\\s*';

interface PeriodPattern {
  readonly pattern: RegExp;
  readonly toPeriod: (match: RegExpExecArray) => string | null;
}

const quarterLabel = (year: string | undefined, quarter: string | undefined): string | null => {
  const number = ROMAN_QUARTERS[quarter ?? ''] ?? Number(quarter);
  return year !== undefined && number >= 1 && number <= 4 ? `${year}-Q${number}` : null;
};

const monthLabel = (year: string | undefined, month: string | undefined): string | null => {
  const number = Number(month);
  return year !== undefined && number >= 1 && number <= 12
    ? `${year}-${String(number).padStart(2, '0')}`
    : null;
};

const PATTERNS: readonly PeriodPattern[] = [
  { pattern: new RegExp(`^(?:nam\\s*|year\\s*)?${YEAR}$`), toPeriod: (m) => m[1] ?? null },
  // Quý III/2024, Quý 3 năm 2024, Q3/2024, Q3 2024, Quarter 3 2024
  {
    pattern: new RegExp(`^(?:quy|q|quarter)\\s*([1-4]|iv|i{1,3})${SEP}${YEAR}$`),
    toPeriod: (m) => quarterLabel(m[2], m[1]),
  },
  // 2024-Q3, 2024 Q3, 2024/Q3
  { pattern: new RegExp(`^${YEAR}\\s*[-/ ]?\\s*q([1-4])$`), toPeriod: (m) => quarterLabel(m[1], m[2]) },
  // 6 tháng đầu năm 2024, sáu tháng cuối năm 2024
  {
    pattern: new RegExp(`^(?:6|sau) thang (dau|cuoi)(?: nam)?\\s*${YEAR}$`),
    toPeriod: (m) => `${m[2]}-H${m[1] === 'dau' ? 1 : 2}`,
  },
  // H1/2024, H2 2024, first half 2024
  {
    pattern: new RegExp(`^(?:h([12])|(first|second) half)${SEP}${YEAR}$`),
    toPeriod: (m) => `${m[3]}-H${m[1] ?? (m[2] === 'first' ? '1' : '2')}`,
  },
  { pattern: new RegExp(`^${YEAR}\\s*[-/ ]\\s*h([12])$`), toPeriod: (m) => `${m[1]}-H${m[2]}` },
  // Tháng 9/2024, tháng 9 năm 2024, T9/2024, 09/2024
  {
    pattern: new RegExp(`^(?:thang|t)?\\s*(\\d{1,2})${SEP}${YEAR}$`),
    toPeriod: (m) => monthLabel(m[2], m[1]),
  },
  // 2024-09
  { pattern: new RegExp(`^${YEAR}-(\\d{1,2})$`), toPeriod: (m) => monthLabel(m[1], m[2]) },
];

/** A period as written ("Quý III/2024", "6 tháng đầu năm 2024", "Tháng 9/2024", "2024") → its label, else null. */
export function parsePeriod(text: string): string | null {
  const folded = foldDiacritics(text).replace(/\.$/, '');
  for (const { pattern, toPeriod } of PATTERNS) {
    const match = pattern.exec(folded);
    if (match) return toPeriod(match);
  }
  return null;
}
