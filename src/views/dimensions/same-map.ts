// Peers come from the chosen province's own map: an old unit is compared with old units, a new one with new
// units (a view never mixes the two maps in one comparison).
import type { MapProvince } from '../../domain/province-lineage.ts';

/** The units of the same map as `provinceCode` (the old map when it is unknown). */
export function unitsOfSameMap(provinces: readonly MapProvince[], provinceCode: string): MapProvince[] {
  const kind = provinces.find((p) => p.code === provinceCode)?.kind ?? 'old';
  return provinces.filter((p) => p.kind === kind);
}
