// A plan's identity from its opening lines: number and symbol, place and date, province, title and
// the PAPI year it aims at. Whatever is not found is left empty for the user to fill in. The document may
// be a Kế hoạch (…/KH-UBND), a Quyết định with its Chương trình or Đề án (…/QĐ-UBND, …/CTr-UBND) or a
// Công văn (…/UBND-NC, titled "V/v …").

import { createProvinceMatcher, type ProvinceRef } from '../read/match-province.ts';
import { foldWords } from './match-indicator.ts';

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
  /** The title as written under "KẾ HOẠCH" (or "QUYẾT ĐỊNH", …), prefixed with the document's kind. */
  readonly titleVi: string;
  /** The PAPI year the plan aims at: the year its title ends with ("… năm 2024"); never guessed from the date. */
  readonly targetYear: number | null;
}

// The symbol after the number: "KH-UBND", "QĐ-UBND", "CTr-UBND" (a lower-case letter), "UBND-NC".
const NUMBER = /Số\s*:?\s*(\d+)\s*\/\s*([A-ZĐ][A-Za-zĐđ]*(?:-[A-ZĐ][A-Za-zĐđ]*)*)/u;
const DATE = /^(?:(.{2,40}?),\s*)?ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})\.?$/u;
const ISSUER = /^(?:ủy|uỷ) ban nhân dân\b|^ubnd\b/iu;
const TITLE_YEAR = /năm (\d{4})\.?$/u;
// The kind headings (folded) and how a title is introduced; the first kind heading in the document wins.
const KINDS: readonly (readonly [string, string])[] = [
  ['ke hoach', 'Kế hoạch'],
  ['quyet dinh', 'Quyết định'],
  ['chuong trinh', 'Chương trình'],
  ['de an', 'Đề án'],
];
// A Công văn has no kind heading: its subject line "V/v …" is its title.
const SUBJECT = /^v\/v\s*:?\s*(.+)$/iu;
const PROVINCE_IN_TEXT = /tỉnh\s+(.+?)(?:\s+năm\s+\d{4})?\.?$/iu;

const pad = (value: string): string => value.padStart(2, '0');

/** The identity read from `lines` (trimmed text lines in order); `provinces` to recognise the province. */
export function readPlanIdentity(
  lines: readonly string[],
  provinces: readonly ProvinceRef[] = [],
): PlanIdentity {
  const number = lines.map((line) => NUMBER.exec(line)).find((match) => match);
  const date = lines.map((line) => DATE.exec(line)).find((match) => match);
  const kind = lines.findIndex((line) => KINDS.some(([words]) => foldWords(line) === words));
  const kindName = KINDS.find(([words]) => words === foldWords(lines[kind] ?? ''))?.[1];
  const subject = kind < 0 ? lines.map((line) => SUBJECT.exec(line)?.[1]).find((text) => text) : undefined;
  const title = subject ?? (kind < 0 ? undefined : lines.slice(kind + 1).find((line) => line !== ''));
  const titleLead = subject === undefined ? (kindName ?? 'Kế hoạch') : 'Công văn về việc';
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
    titleVi: title === undefined ? '' : `${titleLead} ${title.charAt(0).toLowerCase()}${title.slice(1)}`,
    targetYear: target ? Number(target[1]) : null,
  };
}
