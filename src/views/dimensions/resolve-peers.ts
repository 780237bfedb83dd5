// Which provinces the chosen one is compared with: by default its region (provinces.region), else a chosen set.
import type { Province } from '../../domain/types.ts';
import type { PeerChoice } from './dimension-params.ts';

/** The peer provinces' codes, never including the chosen province itself, in the provinces' order. */
export function resolvePeerCodes(
  provinces: readonly Province[],
  provinceCode: string,
  choice: PeerChoice,
): string[] {
  if (choice.kind === 'list') {
    const wanted = new Set(choice.codes);
    return provinces.filter((p) => wanted.has(p.code) && p.code !== provinceCode).map((p) => p.code);
  }
  const region = provinces.find((p) => p.code === provinceCode)?.region;
  if (region === undefined) return [];
  return provinces.filter((p) => p.region === region && p.code !== provinceCode).map((p) => p.code);
}

/** Provinces grouped by region, regions in the order they first appear (the list is sorted by name). */
export function groupProvincesByRegion(
  provinces: readonly Province[],
): { region: string; provinces: Province[] }[] {
  const groups = new Map<string, Province[]>();
  for (const province of provinces) {
    const list = groups.get(province.region) ?? [];
    list.push(province);
    groups.set(province.region, list);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([region, members]) => ({ region, provinces: members }));
}
