/** Maps the plan's wording of a timeframe to a stable code. */

export type TimeframeCode = 'continuous' | 'annual' | 'before-election' | 'per-recruitment-plan';

const CODES: Readonly<Record<string, TimeframeCode>> = {
  'thường xuyên': 'continuous',
  // Both spellings of "yearly" are standard Vietnamese and both occur in the plan.
  'hàng năm': 'annual',
  'hằng năm': 'annual',
  'trước bầu cử': 'before-election',
  'theo kế hoạch tuyển dụng': 'per-recruitment-plan',
};

/** The code for a timeframe; throws on wording it does not know, so a new wording is never miscounted. */
export function timeframeCode(words: string): TimeframeCode {
  const code = CODES[words.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase()];
  if (!code) throw new Error(`unknown timeframe wording "${words}"`);
  return code;
}
