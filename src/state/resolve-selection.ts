import { DEFAULT_PROVINCE_CODE } from '../domain/papi.ts';
import type { Province } from '../domain/types.ts';

/** The URL's province if the loaded data knows it (or while it is still loading), else the default. */
export function resolveProvince(requested: string, provinces: readonly Province[] | undefined): string {
  if (provinces === undefined || provinces.some((p) => p.code === requested)) return requested;
  return DEFAULT_PROVINCE_CODE;
}

/** The URL's year if the province has a total then, else its latest scored year; null until known. */
export function resolveYear(
  requested: number | null,
  scoredYears: readonly number[] | undefined,
): number | null {
  if (scoredYears === undefined || scoredYears.length === 0) return null;
  if (requested !== null && scoredYears.includes(requested)) return requested;
  return Math.max(...scoredYears);
}
