/** Expands the executing agencies of a task into the units that would report on it in Đắk Nông. */

/** The 8 district-level units of Đắk Nông (before the 2025 merger into Lâm Đồng). */
export const DAK_NONG_DISTRICTS: readonly string[] = [
  'Thành phố Gia Nghĩa',
  'Huyện Cư Jút',
  'Huyện Đắk Glong',
  'Huyện Đắk Mil',
  "Huyện Đắk R'lấp",
  'Huyện Đắk Song',
  'Huyện Krông Nô',
  'Huyện Tuy Đức',
];

/** The last day of the district level: two-level local government (province, commune) from 1 July 2025. */
export const DISTRICTS_ENDED_ON = '2025-06-30';

/** The first day of the new communes and wards that took over the districts' work. */
export const COMMUNES_STARTED_ON = '2025-07-01';

// The reference folder lists no communes or wards of the new map, so no commune is named: one collective
// unit stands for all of them on the old province's territory.
export const POST_MERGER_COMMUNES = 'UBND các xã, phường (địa bàn tỉnh Đắk Nông cũ)';

/** The plan's province (474/KH-UBND is Đắk Nông's): unit lifetimes are keyed by it. */
export const SAMPLE_PROVINCE_CODE = 'P43';

// "All departments" is too many for a sample: a handful stands in for them.
export const SAMPLE_DEPARTMENTS: readonly string[] = [
  'Sở Nội vụ',
  'Sở Tư pháp',
  'Sở Tài chính',
  'Sở Y tế',
  'Sở Giáo dục và Đào tạo',
  'Sở Thông tin và Truyền thông',
];

/** Units of the local levels (district, commune) in a period: the 8 districts until their end, the communes after. */
export type LocalUnits = 'districts' | 'communes';

/**
 * Reporting units of one agency: district and commune level report per district until the districts ended,
 * then as the collective communes' unit; a department reports itself.
 */
export function reportingUnitsOf(agency: string, local: LocalUnits = 'districts'): readonly string[] {
  if (/cấp (huyện|xã)$/u.test(agency))
    return local === 'districts' ? DAK_NONG_DISTRICTS : [POST_MERGER_COMMUNES];
  if (agency === 'Thủ trưởng các sở, ban, ngành') return SAMPLE_DEPARTMENTS;
  const department = /^Giám đốc (Sở .+)$/u.exec(agency);
  if (department?.[1]) return [department[1]];
  throw new Error(`no reporting unit known for agency "${agency}"`);
}

/** Units of all executing agencies of a task, each once, departments before the local units. */
export function reportingUnitsOfTask(agencies: readonly string[], local: LocalUnits = 'districts'): string[] {
  const units = new Set(agencies.flatMap((agency) => reportingUnitsOf(agency, local)));
  const localUnits = [...DAK_NONG_DISTRICTS, POST_MERGER_COMMUNES].filter((d) => units.has(d));
  return [...[...units].filter((u) => !localUnits.includes(u)), ...localUnits];
}

export const UNIT_LIFETIMES_HEADER = ['province_code', 'unit', 'started_on', 'ended_on', 'source'] as const;

const LIFETIME_SOURCE =
  'Chính quyền địa phương hai cấp từ 1/7/2025: cấp huyện kết thúc / Two-level local government from 1 July 2025: district level ended';

/** The rows of unit-lifetimes.csv: each district ends on 30 June 2025, the communes' unit starts the next day. */
export function unitLifetimeRows(): string[][] {
  return [
    ...DAK_NONG_DISTRICTS.map((unit) => [
      SAMPLE_PROVINCE_CODE,
      unit,
      '',
      DISTRICTS_ENDED_ON,
      LIFETIME_SOURCE,
    ]),
    [SAMPLE_PROVINCE_CODE, POST_MERGER_COMMUNES, COMMUNES_STARTED_ON, '', LIFETIME_SOURCE],
  ];
}
