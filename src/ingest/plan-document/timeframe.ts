// The plan's wording of a timeframe as a stable code, and a deadline when the wording writes a date.

export type TimeframeCode = 'continuous' | 'annual' | 'before-election' | 'per-recruitment-plan';

const CODES: Readonly<Record<string, TimeframeCode>> = {
  'thường xuyên': 'continuous',
  // Both spellings of "yearly" are standard Vietnamese and both occur in plans.
  'hàng năm': 'annual',
  'hằng năm': 'annual',
  'trước bầu cử': 'before-election',
  'theo kế hoạch tuyển dụng': 'per-recruitment-plan',
};

const wordsKey = (words: string): string =>
  words.normalize('NFC').replace(/\s+/g, ' ').trim().replace(/\.$/, '').toLowerCase();

/** The code for a timeframe, or null for wording it does not know (never miscounted as another code). */
export function timeframeCode(words: string): TimeframeCode | null {
  return CODES[wordsKey(words)] ?? null;
}

const pad = (value: string): string => value.padStart(2, '0');
const lastDayOf = (year: number, month: number): string =>
  pad(String(new Date(Date.UTC(year, month, 0)).getUTCDate()));
const QUARTERS: Readonly<Record<string, number>> = {
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4,
};

/**
 * The deadline ('YYYY-MM-DD') a timeframe writes: "30/6/2024", "Quý III/2024", "Tháng 9/2024",
 * "6 tháng đầu năm 2024", "Năm 2024"; else null.
 */
export function timeframeDeadline(words: string): string | null {
  const text = words.normalize('NFC').toLowerCase();
  const date = /(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})/.exec(text);
  if (date) return `${date[3] ?? ''}-${pad(date[2] ?? '')}-${pad(date[1] ?? '')}`;
  const quarter = /quý\s+(iv|iii|ii|i|[1-4])\s*(?:\/|năm)\s*(\d{4})/u.exec(text);
  if (quarter) {
    const month = (QUARTERS[quarter[1] ?? ''] ?? 4) * 3;
    const year = Number(quarter[2]);
    return `${String(year)}-${pad(String(month))}-${lastDayOf(year, month)}`;
  }
  const month = /tháng\s+(\d{1,2})\s*(?:\/|năm)\s*(\d{4})/u.exec(text);
  if (month) {
    const year = Number(month[2]);
    const number = Number(month[1]);
    if (number >= 1 && number <= 12)
      return `${String(year)}-${pad(String(number))}-${lastDayOf(year, number)}`;
  }
  // A half year, as body-form plans write it; before the year rule, which would read it as 31 December.
  const half = /6\s+tháng\s+(đầu|cuối)\s+năm\s+(\d{4})/u.exec(text);
  if (half) return `${half[2] ?? ''}-${half[1] === 'đầu' ? '06-30' : '12-31'}`;
  const year = /năm\s+(\d{4})\s*$/u.exec(text);
  return year ? `${year[1] ?? ''}-12-31` : null;
}
