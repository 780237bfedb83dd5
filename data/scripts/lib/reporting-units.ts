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

// "All departments" is too many for a sample: a handful stands in for them.
export const SAMPLE_DEPARTMENTS: readonly string[] = [
  'Sở Nội vụ',
  'Sở Tư pháp',
  'Sở Tài chính',
  'Sở Y tế',
  'Sở Giáo dục và Đào tạo',
  'Sở Thông tin và Truyền thông',
];

/** Reporting units of one agency: district and commune level report per district; a department reports itself. */
export function reportingUnitsOf(agency: string): readonly string[] {
  if (/cấp (huyện|xã)$/u.test(agency)) return DAK_NONG_DISTRICTS;
  if (agency === 'Thủ trưởng các sở, ban, ngành') return SAMPLE_DEPARTMENTS;
  const department = /^Giám đốc (Sở .+)$/u.exec(agency);
  if (department?.[1]) return [department[1]];
  throw new Error(`no reporting unit known for agency "${agency}"`);
}

/** Units of all executing agencies of a task, each once, departments before districts. */
export function reportingUnitsOfTask(agencies: readonly string[]): string[] {
  const units = new Set(agencies.flatMap(reportingUnitsOf));
  const districts = DAK_NONG_DISTRICTS.filter((d) => units.has(d));
  return [...[...units].filter((u) => !DAK_NONG_DISTRICTS.includes(u)), ...districts];
}
