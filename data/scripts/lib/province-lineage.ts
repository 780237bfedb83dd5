/**
 * Both maps of the country in one province table: the 63 units scored by PAPI up to 2024 (`kind` old)
 * and the 34 units in force from 1 July 2025 (`kind` new, Resolution 202/2025/QH15), each old unit
 * pointing at the new unit that absorbed it (`successor_code`).
 */
import { foldDiacritics } from '../../../src/domain/fold-text.ts';
import { parseCsvRecords } from './csv.ts';
import { PROVINCES_HEADER as OLD_HEADER } from './provinces.ts';

export const UNITS_HEADER = [
  ...OLD_HEADER,
  'kind',
  'nso_code',
  'successor_code',
  'first_year',
  'last_year',
  'unit_type',
] as const;

/**
 * Centrally governed cities (`unit_type` city; every other unit is a province). Old map: Hà Nội, Hải Phòng,
 * Đà Nẵng, TP. Hồ Chí Minh, Cần Thơ. New map (Resolution 202/2025/QH15: 28 provinces and 6 cities): the same
 * five and Huế (a city since January 2025), by statistics-office code.
 */
const OLD_CITY_CODES = new Set(['P01', 'P20', 'P32', 'P50', 'P59']);
const NEW_CITY_CODES = new Set(['01', '31', '46', '48', '79', '92']);

/** The last PAPI year of the old map and the first of the new one (the merger took effect on 1 July 2025). */
export const LAST_OLD_MAP_YEAR = 2024;
export const FIRST_NEW_MAP_YEAR = 2025;

const NEW_HEADER = [
  'nso_code',
  'name_vi',
  'predecessor_codes',
  'predecessor_names_vi',
  'predecessor_nso_codes',
] as const;

const split = (cell: string): string[] =>
  cell
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '');

/**
 * Rows of UNITS_HEADER: the old units (`P01`-`P63`, from `oldRows` = buildProvinceRows' output) with their
 * statistics-office code and successor, then the new units, coded by their 2-digit statistics-office code.
 * A new unit's English name is that of the predecessor whose Vietnamese name it keeps, else its name without
 * diacritics (Huế → Hue); its region (pre-2025 GSO regions) that predecessor's, else its single predecessor's. Fails unless every old unit
 * is in exactly one new unit, with the same name as in the old table.
 */
export function buildUnitRows(oldRows: readonly (readonly string[])[], newCsv: string): string[][] {
  const old = new Map(
    oldRows.map((row) => {
      const [code = '', nameVi = '', nameEn = '', region = ''] = row;
      return [code, { code, nameVi, nameEn, region }] as const;
    }),
  );
  const successor = new Map<string, { newCode: string; nso: string }>();
  const newRows: string[][] = [];
  for (const record of parseCsvRecords(newCsv, NEW_HEADER)) {
    const newCode = record.nso_code.trim();
    const nameVi = record.name_vi.trim().normalize('NFC');
    const codes = split(record.predecessor_codes);
    const names = split(record.predecessor_names_vi.normalize('NFC'));
    const nsoCodes = split(record.predecessor_nso_codes);
    if (!/^\d{2}$/.test(newCode)) throw new Error(`new unit ${nameVi}: code "${newCode}" is not 2 digits`);
    if (codes.length === 0 || codes.length !== names.length || codes.length !== nsoCodes.length) {
      throw new Error(`new unit ${nameVi}: predecessor lists differ in length`);
    }
    codes.forEach((code, index) => {
      const predecessor = old.get(code);
      if (predecessor === undefined) throw new Error(`new unit ${nameVi}: unknown predecessor ${code}`);
      if (predecessor.nameVi !== names[index]) {
        throw new Error(`new unit ${nameVi}: ${code} is ${predecessor.nameVi}, not ${names[index] ?? ''}`);
      }
      if (successor.has(code)) throw new Error(`${code} is in two new units`);
      successor.set(code, { newCode, nso: nsoCodes[index] ?? '' });
    });
    const predecessors = codes.map((code) => old.get(code)).filter((p) => p !== undefined);
    const namesake = predecessors.find((p) => p.nameVi === nameVi);
    const regionSource = namesake ?? (predecessors.length === 1 ? predecessors[0] : undefined);
    newRows.push([
      newCode,
      nameVi,
      namesake?.nameEn ?? titleCase(foldDiacritics(nameVi)),
      regionSource?.region ?? '',
      'new',
      newCode,
      '',
      String(FIRST_NEW_MAP_YEAR),
      '',
      NEW_CITY_CODES.has(newCode) ? 'city' : 'province',
    ]);
  }
  const orphans = [...old.keys()].filter((code) => !successor.has(code));
  if (orphans.length > 0) throw new Error(`old units in no new unit: ${orphans.join(', ')}`);
  const oldUnits = [...old.values()].map((p) => {
    const next = successor.get(p.code);
    return [
      p.code,
      p.nameVi,
      p.nameEn,
      p.region,
      'old',
      next?.nso ?? '',
      next?.newCode ?? '',
      '',
      String(LAST_OLD_MAP_YEAR),
      OLD_CITY_CODES.has(p.code) ? 'city' : 'province',
    ];
  });
  const byCode = (a: readonly string[], b: readonly string[]): number =>
    (a[0] ?? '').localeCompare(b[0] ?? '');
  return [...oldUnits.sort(byCode), ...newRows.sort(byCode)];
}

const titleCase = (text: string): string =>
  text.replace(/(^|\s)([a-z])/g, (_, space: string, c: string) => space + c.toUpperCase());
