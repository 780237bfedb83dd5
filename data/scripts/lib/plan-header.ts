/** Reads the number, date and title of a plan from its opening lines. */

export interface PlanHeader {
  /** e.g. `474/KH-UBND` */
  readonly plan: string;
  /** ISO date, e.g. `2024-07-18` */
  readonly issuedOn: string;
  /** The title as written under "KẾ HOẠCH", prefixed with "Kế hoạch". */
  readonly titleVi: string;
  /** The PAPI year the plan aims at: the year its title ends with ("… năm 2024"). */
  readonly targetYear: number;
}

/** Finds "Số: 474 /KH-UBND", "…, ngày 18 tháng 7 năm 2024", the title line after "KẾ HOẠCH" and the year it ends with. */
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
  // The title names the PAPI year the plan improves ("… PAPI … năm 2024"); never guessed from the date.
  const target = /năm (\d{4})\.?$/u.exec(title);
  if (!target)
    throw new Error(`plan document: no target year ("năm YYYY") at the end of the title: ${title}`);
  const [, day = '', month = '', year = ''] = date;
  return {
    plan: `${number[1]}/${number[2]}`,
    issuedOn: `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`,
    titleVi: `Kế hoạch ${title.charAt(0).toLowerCase()}${title.slice(1)}`,
    targetYear: Number(target[1]),
  };
}
