// A province's name in the language shown, by its code: what the header, the notices and the tab title say.
import { useCallback } from 'react';
import type { MapProvince } from '../domain/province-lineage.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { provinceNameIn } from '../views/shared/lineage-text.ts';

/** The name of a province by its code; the code itself when the list (still loading) does not hold it. */
export function useProvinceName(provinces: readonly MapProvince[] | undefined): (code: string) => string {
  const { lang } = useI18n();
  return useCallback(
    (code: string): string => {
      const record = provinces?.find((p) => p.code === code);
      return record === undefined ? code : provinceNameIn(lang)(record);
    },
    [provinces, lang],
  );
}
