// A plan's header names its province in the map of the day it was signed; its target year may fall after the
// 1 July 2025 merger. The plan is then tracked against the unit that absorbed the province, the one PAPI
// scores in that year (a 2024 plan of Đắk Nông aiming at 2026 belongs to the new Lâm Đồng).
import { isScoredMapYear, type MapProvince } from '../../domain/province-lineage.ts';
import type { PlanIdentity } from './plan-identity.ts';

/** The province fields the remap reads. */
export type LineageUnit = Pick<MapProvince, 'code' | 'successorCode' | 'firstYear' | 'lastYear'>;

/**
 * The identity with its province moved to the successor scored in the target year, when the named province
 * is not scored that year and its successor is; otherwise unchanged (no target year, unknown province).
 */
export function provinceForTargetYear(
  identity: PlanIdentity,
  provinces: readonly LineageUnit[],
): PlanIdentity {
  const year = identity.targetYear;
  if (year === null) return identity;
  const named = provinces.find((p) => p.code === identity.provinceCode);
  if (named === undefined || isScoredMapYear(named, year)) return identity;
  const successor = provinces.find((p) => p.code === named.successorCode);
  return successor !== undefined && isScoredMapYear(successor, year)
    ? { ...identity, provinceCode: successor.code }
    : identity;
}
