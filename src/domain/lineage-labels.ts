// How a province of either map is described: an old unit says what it became, a new one what it absorbed.
// Pure; the words come from the caller (i18n), so the rules stay testable without a language.
import type { MapProvince } from './province-lineage.ts';
import { predecessorsOf, sameUnitInOtherMap, successorOf } from './province-lineage.ts';

/** Which sentence describes a unit's lineage, and its arguments (names in the UI language). */
export type LineageText =
  | {
      key: 'merger.old.becameProvince' | 'merger.old.becameCity' | 'merger.old.becameNamed';
      successor: string;
    }
  | { key: 'merger.old.same' }
  | { key: 'merger.new.absorbed' | 'merger.new.renamed'; predecessors: string[] }
  | { key: 'merger.new.unchanged' }
  | null;

/**
 * An old unit: "nay thuộc tỉnh/thành phố X" (or just "nay thuộc TP. Hồ Chí Minh", whose name says it), or
 * "giữ nguyên" when the new unit is the same single unit under the same name. A new unit: the units it merged,
 * "trước là" a single predecessor under another name (Huế), or "không sáp nhập".
 */
export function describeLineage(
  provinces: readonly MapProvince[],
  code: string,
  nameOf: (p: MapProvince) => string,
): LineageText {
  const unit = provinces.find((p) => p.code === code);
  if (unit === undefined) return null;
  if (unit.kind === 'old') {
    const successor = successorOf(provinces, code);
    if (successor === undefined) return null;
    if (sameUnitInOtherMap(provinces, code) !== null && successor.nameVi === unit.nameVi)
      return { key: 'merger.old.same' };
    if (/^TP\.?\s/i.test(successor.nameVi))
      return { key: 'merger.old.becameNamed', successor: nameOf(successor) };
    const key = successor.unitType === 'city' ? 'merger.old.becameCity' : 'merger.old.becameProvince';
    return { key, successor: nameOf(successor) };
  }
  const predecessors = predecessorsOf(provinces, code);
  if (predecessors.length === 0) return null;
  if (predecessors.length > 1) return { key: 'merger.new.absorbed', predecessors: predecessors.map(nameOf) };
  return predecessors[0]?.nameVi === unit.nameVi
    ? { key: 'merger.new.unchanged' }
    : { key: 'merger.new.renamed', predecessors: predecessors.map(nameOf) };
}
