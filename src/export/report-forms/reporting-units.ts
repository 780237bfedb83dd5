// Who reports on a task: the plan names agencies by title ("Giám đốc Sở Y tế") or by level ("Chủ tịch UBND
// cấp huyện"); a level stands for every unit of it the user lists once (kept in storage/report-units-store).

import type { UnitLevel, UnitLists } from '../../domain/report-unit-lists.ts';
import { splitAgencies } from '../../ingest/plan-document/agencies.ts';

/** A task's executing agency, as a reporting unit or a level of units. */
export type AgencyTarget = { kind: 'unit'; unit: string } | { kind: 'level'; level: UnitLevel };

// Titles of a head of agency: the agency, not its head, sends the report.
const HEAD_TITLE = /^(?:Chủ tịch|Giám đốc|Thủ trưởng|Chánh án|Chánh|Trạm trưởng|Trưởng)\s+/u;

/** One agency cell part → the unit that reports, or the level it stands for. */
export function agencyTarget(agency: string): AgencyTarget {
  if (/cấp huyện/iu.test(agency)) return { kind: 'level', level: 'district' };
  if (/cấp xã/iu.test(agency)) return { kind: 'level', level: 'commune' };
  if (/các sở|sở, ban, ngành/iu.test(agency)) return { kind: 'level', level: 'department' };
  return { kind: 'unit', unit: agency.replace(HEAD_TITLE, '').trim() };
}

/** The units that report on a task whose executing agencies are `cell`, the levels expanded by `lists`. */
export function unitsOfAgencies(cell: string | null, lists: UnitLists): string[] {
  const units = splitAgencies(cell).flatMap((agency) => {
    const target = agencyTarget(agency);
    return target.kind === 'unit' ? [target.unit] : lists[target.level];
  });
  return [...new Set(units)];
}

const DISTRICT_NAME = /^(?:Huyện|Thành phố|Thị xã|Quận)\s/u;
const COMMUNE_NAME = /^(?:Xã|Phường|Thị trấn)\s/u;
const DEPARTMENT_NAME = /^(?:Sở|Ban|Văn phòng|Thanh tra|Công an)\s/u;

/** Lists guessed from the units that already reported (by their names), the user's starting point. */
export function guessUnitLists(reportedUnits: readonly string[]): UnitLists {
  const sorted = [...new Set(reportedUnits)].sort((a, b) => a.localeCompare(b, 'vi'));
  return {
    district: sorted.filter((unit) => DISTRICT_NAME.test(unit)),
    commune: sorted.filter((unit) => COMMUNE_NAME.test(unit)),
    department: sorted.filter((unit) => DEPARTMENT_NAME.test(unit)),
  };
}
