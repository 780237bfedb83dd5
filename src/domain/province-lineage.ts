// Both maps of the country (data/README.md, provinces.csv): the 63 units PAPI scored up to 2024 ('old')
// and the 34 in force from 1 July 2025 ('new'), each old unit pointing at the new unit that absorbed it.
// Pure rules over the loaded provinces; no score is ever merged across units.
import type { Province } from './types.ts';

export type UnitKind = 'old' | 'new';

/** A province of either map, with its lineage. */
export interface MapProvince extends Province {
  kind: UnitKind;
  /** General Statistics Office code (old units: the pre-2025 code, e.g. Đắk Nông 67). */
  nsoCode: string | null;
  /** For an old unit: the new unit that absorbed it. */
  successorCode: string | null;
  /** For a new unit: the old units it absorbed, in code order. */
  predecessorCodes: readonly string[];
  /** PAPI years the unit can be scored in (old: up to 2024; new: from 2025); null = open. */
  firstYear: number | null;
  lastYear: number | null;
  unitType: 'province' | 'city';
}

/** Whether `year`'s PAPI scores can name this unit (old units up to their last year, new ones from their first). */
export function isScoredMapYear(unit: Pick<MapProvince, 'firstYear' | 'lastYear'>, year: number): boolean {
  return (
    (unit.firstYear === null || year >= unit.firstYear) && (unit.lastYear === null || year <= unit.lastYear)
  );
}

/** The old units a new unit absorbed (empty for an old unit). */
export function predecessorsOf(provinces: readonly MapProvince[], code: string): MapProvince[] {
  const unit = provinces.find((p) => p.code === code);
  if (unit === undefined) return [];
  return unit.predecessorCodes
    .map((predecessor) => provinces.find((p) => p.code === predecessor))
    .filter((p): p is MapProvince => p !== undefined);
}

/** The new unit an old unit became (undefined for a new unit). */
export function successorOf(provinces: readonly MapProvince[], code: string): MapProvince | undefined {
  const successorCode = provinces.find((p) => p.code === code)?.successorCode ?? null;
  return successorCode === null ? undefined : provinces.find((p) => p.code === successorCode);
}

/** The units of one map. */
export const unitsOfKind = (provinces: readonly MapProvince[], kind: UnitKind): MapProvince[] =>
  provinces.filter((p) => p.kind === kind);

/**
 * The same unit's code in the other map, for a unit the merger left whole: a new unit with exactly one
 * predecessor (kept as it was, like Hà Nội, or renamed, like Huế) and that predecessor. Such a unit is one
 * province across both maps: its old code holds its scores up to 2024, its new code from 2025. Null for a unit
 * that merged or was absorbed, and for an unknown code.
 */
export function sameUnitInOtherMap(provinces: readonly MapProvince[], code: string): string | null {
  const unit = provinces.find((p) => p.code === code);
  if (unit === undefined) return null;
  const newUnit = unit.kind === 'new' ? unit : successorOf(provinces, code);
  if (newUnit === undefined || newUnit.predecessorCodes.length !== 1) return null;
  const oldCode = newUnit.predecessorCodes[0] ?? null;
  return unit.kind === 'new' ? oldCode : newUnit.code;
}
