// The units a user lists for the levels a plan names in general ("UBND cấp huyện", "cấp xã", "các sở,
// ban, ngành"), kept between sessions (storage/report-units-store) and read back defensively.

/** The groups of units a plan names by level instead of by name. */
export const UNIT_LEVELS = ['district', 'commune', 'department'] as const;
export type UnitLevel = (typeof UNIT_LEVELS)[number];

/** The units the user listed per level. */
export type UnitLists = Readonly<Record<UnitLevel, readonly string[]>>;

export const EMPTY_UNIT_LISTS: UnitLists = { district: [], commune: [], department: [] };

/** Stored (or typed) lists → clean lists: names trimmed, blanks and repeats dropped, anything else ignored. */
export function parseUnitLists(value: unknown): UnitLists {
  const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const listOf = (level: UnitLevel): string[] => {
    const raw = record[level];
    if (!Array.isArray(raw)) return [];
    const names = raw.filter((name): name is string => typeof name === 'string').map((name) => name.trim());
    return [...new Set(names.filter((name) => name !== ''))];
  };
  return { district: listOf('district'), commune: listOf('commune'), department: listOf('department') };
}
