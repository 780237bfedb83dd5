// A plan's identity from its opening lines: number and symbol, place and date, province, title and
// the PAPI year it aims at. Whatever is not found is left empty for the user to fill in.

import { createProvinceMatcher, type ProvinceRef } from '../read/match-province';
import { foldWords } from './match-indicator';

export interface PlanIdentity {
  /** e.g. `474/KH-UBND` */
  readonly plan: string;
  /** The issuing body as written ("ỦY BAN NHÂN DÂN TỈNH ĐẮK NÔNG"), or empty. */
  readonly issuer: string;
  /** The place before the date ("Đắk Nông"). */
  readonly place: string;
  /** ISO date, e.g. `2024-07-18` */
  readonly issuedOn: string;
  /** Province code (`P43`) when one was recognised. */
  readonly provinceCode: string;
  /** The title as written under "KẾ HOẠCH", prefixed with "Kế hoạch". */
  readonly titleVi: string;
  /** The PAPI year the plan aims at: the year its title ends with ("… năm 2024"); never guessed from the date. */
  readonly targetYear: number | null;
}

const NUMBER = /Số\s*:?\s*(\d+)\s*\/\s*([A-ZĐ][A-ZĐ-]*)/u;
const DATE = /^(?:(.{2,40}?),\s*)?ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})\.?$/u;
const ISSUER = /^(?:ủy|uỷ) ban nhân dân\b|^ubnd\b/iu;
const TITLE_YEAR = /năm (\d{4})\.?$/u;
const PROVINCE_IN_TEXT = /tỉnh\s+(.+?)(?:\s+năm\s+\d{4})?\.?$/iu;

const pad = (value: string): string => value.padStart(2, '0');

/** The identity read from `lines` (trimmed text lines in order); `provinces` to recognise the province. */
export function readPlanIdentity(
  lines: readonly string[],
  provinces: readonly ProvinceRef[] = [],
): PlanIdentity {
  const number = lines.map((line) => NUMBER.exec(line)).find((match) => match);
  const date = lines.map((line) => DATE.exec(line)).find((match) => match);
  const kind = lines.findIndex((line) => foldWords(line) === 'ke hoach');
  const title = kind < 0 ? undefined : lines.slice(kind + 1).find((line) => line !== '');
  const issuer = lines.find((line) => ISSUER.test(line)) ?? '';
  const [, place = '', day = '', month = '', year = ''] = date ?? [];
  const target = title === undefined ? null : TITLE_YEAR.exec(title);
  const matchProvince = createProvinceMatcher(provinces);
  const provinceCode =
    [PROVINCE_IN_TEXT.exec(title ?? '')?.[1], PROVINCE_IN_TEXT.exec(issuer)?.[1], place]
      .filter((name): name is string => name !== undefined && name.trim() !== '')
      .map((name) => matchProvince(name.trim()))
      .flatMap((match) => (match.ok ? [match.code] : []))[0] ?? '';
  return {
    plan: number ? `${number[1] ?? ''}/${number[2] ?? ''}` : '',
    issuer,
    place: place.trim(),
    issuedOn: date ? `${year}-${pad(month)}-${pad(day)}` : '',
    provinceCode,
    titleVi: title === undefined ? '' : `Kế hoạch ${title.charAt(0).toLowerCase()}${title.slice(1)}`,
    targetYear: target ? Number(target[1]) : null,
  };
}
