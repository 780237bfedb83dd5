// A region's name in the UI language: provinces.region holds English names; unknown regions show as they are.
import type { Translate } from '../../i18n/translate.ts';
import type { MessageKey } from '../../i18n/vi.ts';
import { vi } from '../../i18n/vi.ts';

/** "Central Highlands" → "Tây Nguyên" in Vietnamese; an imported region without a translation is kept. */
export function regionLabel(t: Translate, region: string): string {
  const key = `dimensions.region.${region}`;
  return key in vi ? t(key as MessageKey) : region;
}
