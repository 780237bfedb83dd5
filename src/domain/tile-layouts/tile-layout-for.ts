// Which tile layout draws a map: the old 63 units up to 2024, the 34 new ones from 1 July 2025.
import type { UnitKind } from '../province-lineage.ts';
import { NEW_34_LAYOUT } from './new-34.ts';
import { OLD_63_LAYOUT } from './old-63.ts';
import type { TileLayout } from './tile-layout.ts';

/** The layout of the map of `kind`. */
export function tileLayoutFor(kind: UnitKind): TileLayout {
  return kind === 'new' ? NEW_34_LAYOUT : OLD_63_LAYOUT;
}
