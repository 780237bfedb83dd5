// What the indicator-switch floor page draws (switch-floor-main.tsx), written as JSON by the bench
// (switch-floor-build.ts): the app's indicator list as its picker groups it, and for each indicator the rows
// and settings the app's Dimensions trend is drawn from for the bench's province, as the app's own queries
// answer them on the bundled data.
import type {
  IndicatorTrendRows,
  IndicatorTrendSettings,
} from '../../../src/charts/indicator-trend/indicator-trend-rows.ts';
import type { IndicatorOptionGroup } from '../../../src/views/shared/indicator-options.ts';

export const SWITCH_FLOOR_DATA_FILE = 'switch-floor-data.json';

export interface SwitchFloorData {
  /** The picker's groups, in the app's order: the switches cycle through the same options. */
  readonly groups: readonly IndicatorOptionGroup[];
  /** The indicator drawn first (the bench's link opens the app on it). */
  readonly first: string;
  /** By indicator code: its trend's rows and settings. */
  readonly byIndicator: Readonly<
    Record<string, { rows: IndicatorTrendRows; settings: IndicatorTrendSettings }>
  >;
}
