// What the tile maps draw: every unit of one map with its standing on an indicator (none where unscored).
import type { UnitKind } from '../../domain/province-lineage.ts';
import type { PapiGroup } from '../../domain/types.ts';
import type { Language } from '../../i18n/languages.ts';

/** One unit's standing on one indicator; score, rank and group are null where the year did not score it. */
export interface TileUnit {
  code: string;
  nameVi: string;
  nameEn: string;
  region: string;
  score: number | null;
  rank: number | null;
  scoredCount: number | null;
  group: PapiGroup | null;
}

/** One map: an indicator and every unit of the year's map on it. */
export interface TilePanel {
  indicator: string;
  /** e.g. "Tổng hợp" or "2. Công khai, minh bạch". */
  label: string;
  units: readonly TileUnit[];
}

/** Quartile group (four colours) or score (a sequential scale). */
export type TileColouring = 'group' | 'score';

/** The rows of a tile figure: the map they lie on and one panel per indicator (one for the big map). */
export interface TileMapRows {
  unitKind: UnitKind;
  year: number;
  panels: readonly TilePanel[];
}

export interface TileMapSettings {
  colour: TileColouring;
  /** Outlined where it is on the map; null or absent from the map: none. */
  selectedCode: string | null;
  source?: string | undefined;
  /** The indicator's label, for exported file names ("chi-so-2"); the spec fills it from the rows. */
  indicatorLabel?: string | undefined;
}

/** The unit's name in `lang`. */
export const unitName = (unit: Pick<TileUnit, 'nameVi' | 'nameEn'>, lang: Language): string =>
  lang === 'vi' ? unit.nameVi : unit.nameEn;
