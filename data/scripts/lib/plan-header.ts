/** Reads the number, date and title of a plan from its opening lines. */

export interface PlanHeader {
  /** e.g. `474/KH-UBND` */
  readonly plan: string;
  /** ISO date, e.g. `2024-07-18` */
  readonly issuedOn: string;
  /** The title as written under "KẾ HOẠCH", prefixed with "Kế hoạch". */
  readonly titleVi: string;
}

/** Finds "Số: 474 /KH-UBND", "…, ngày 18 tháng 7 năm 2024" and the title line after "KẾ HOẠCH". */
export function readPlanHeader(document: string): PlanHeader {
  const lines = document
    .normalize('NFC')
    .split(/\r?\n/)
    .map((l) => l.trim());
  const number = lines.map((l) => /^Số:\s*(\d+)\s*\/\s*([A-ZĐ-]+)$/u.exec(l)).find((m) => m);
  const date = lines.map((l) => /ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})$/u.exec(l)).find((m) => m);
  const kind = lines.indexOf('KẾ HOẠCH');
  const title = lines.slice(kind + 1).find((l) => l !== '');
  if (!number || !date || kind < 0 || !title)
    throw new Error('plan document: number, date or title not found');
  const [, day = '', month = '', year = ''] = date;
  return {
    plan: `${number[1]}/${number[2]}`,
    issuedOn: `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`,
    titleVi: `Kế hoạch ${title.charAt(0).toLowerCase()}${title.slice(1)}`,
  };
}
