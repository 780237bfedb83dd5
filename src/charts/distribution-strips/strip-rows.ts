// What the distribution strips draw: for each dimension of one year, every scored unit's score and the
// quartile cuts; the selected unit and its region's peers are marked.
import type { TileUnit } from '../tile-map/tile-map-rows.ts';

export interface StripPanel {
  indicator: string;
  /** e.g. "2. Công khai, minh bạch". */
  label: string;
  p25: number | null;
  median: number | null;
  p75: number | null;
  units: readonly TileUnit[];
}

export interface StripRows {
  year: number;
  panels: readonly StripPanel[];
}

export interface StripSettings {
  /** The selected unit; its region's other units are its peers. Null, or absent from the map: none marked. */
  selectedCode: string | null;
  source?: string | undefined;
}

/** The selected unit (from the first panel that has it), or undefined. */
export function findSelected(rows: StripRows, settings: StripSettings): TileUnit | undefined {
  if (settings.selectedCode === null) return undefined;
  for (const panel of rows.panels) {
    const unit = panel.units.find((u) => u.code === settings.selectedCode);
    if (unit !== undefined) return unit;
  }
  return undefined;
}

/** Who a dot is: the selected unit, one of its region's peers, or another unit. */
export type StripRole = 'selected' | 'peer' | 'other';

export function roleOf(unit: TileUnit, selected: TileUnit | undefined): StripRole {
  if (selected === undefined) return 'other';
  if (unit.code === selected.code) return 'selected';
  return unit.region !== '' && unit.region === selected.region ? 'peer' : 'other';
}
