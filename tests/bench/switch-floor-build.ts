// Builds the indicator-switch floor page (tests/bench/switch-floor) into tests/.artifacts with its data: for
// the bench's province, each indicator's trend rows as the app's own queries answer them on the bundled data
// (Node DuckDB), and the settings the Dimensions view draws the trend with on a fresh profile (default peers
// and band, the predecessors' lines, no target), in the app's words (Vietnamese).

import react from '@vitejs/plugin-react';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createI18n } from '../../src/i18n/create-i18n.ts';
import { fetchIndicatorPanel } from '../../src/queries/indicator-panel.ts';
import { fetchIndicatorYears } from '../../src/queries/indicator-years.ts';
import { fetchIndicators } from '../../src/queries/indicators.ts';
import { fetchProvinces } from '../../src/queries/provinces.ts';
import { DEFAULT_DIMENSION_PARAMS } from '../../src/views/dimensions/dimension-params.ts';
import { resolvePeerCodes } from '../../src/views/dimensions/resolve-peers.ts';
import { unitsOfSameMap } from '../../src/views/dimensions/same-map.ts';
import { buildIndicatorOptionGroups, indicatorLabel } from '../../src/views/shared/indicator-options.ts';
import { predecessorLines, provinceNameIn } from '../../src/views/shared/lineage-text.ts';
import { loadBundledConnector } from '../helpers/data-files.ts';
import { ARTIFACTS_DIR } from '../e2e/helpers/server.ts';
import { buildPage } from './floor-build.ts';
import { SWITCH_FLOOR_DATA_FILE, type SwitchFloorData } from './switch-floor/switch-floor-data.ts';

export const SWITCH_FLOOR_DIST_DIR = join(ARTIFACTS_DIR, 'bench-switch-floor');

/** What the floor page draws for `provinceCode`, first on `firstIndicator`. */
export async function buildSwitchFloorData(
  provinceCode: string,
  firstIndicator: string,
): Promise<SwitchFloorData> {
  const conn = await loadBundledConnector();
  try {
    const i18n = createI18n('vi');
    const [indicators, provinces] = await Promise.all([fetchIndicators(conn), fetchProvinces(conn)]);
    const nameOf = provinceNameIn('vi');
    const province = provinces.find((p) => p.code === provinceCode);
    if (province === undefined) throw new Error(`The bundled data has no province ${provinceCode}.`);
    const provinceName = nameOf(province);
    const peerCodes = resolvePeerCodes(
      unitsOfSameMap(provinces, provinceCode),
      provinceCode,
      DEFAULT_DIMENSION_PARAMS.peers,
    );
    const peers = provinces
      .filter((p) => peerCodes.includes(p.code))
      .map((p) => ({ code: p.code, name: nameOf(p) }));
    const common = {
      provinceCode,
      provinceName,
      peers,
      predecessors: predecessorLines(provinces, provinceCode, i18n),
      predecessorNote: i18n.t('merger.trend.predecessorNote', { province: provinceName }),
      band: DEFAULT_DIMENSION_PARAMS.band,
      source: i18n.t('chart.source'),
      target: null,
    };
    const byIndicator: Record<string, SwitchFloorData['byIndicator'][string]> = {};
    for (const indicator of indicators) {
      const [panel, years] = await Promise.all([
        fetchIndicatorPanel(conn, indicator.code),
        fetchIndicatorYears(conn, indicator.code),
      ]);
      byIndicator[indicator.code] = {
        rows: { panel, years },
        settings: { ...common, indicatorLabel: indicatorLabel(indicator, 'vi') },
      };
    }
    return { groups: buildIndicatorOptionGroups(indicators, 'vi'), first: firstIndicator, byIndicator };
  } finally {
    await conn.close();
  }
}

/** Builds the page with the data for `provinceCode` and returns its directory. */
export async function buildSwitchFloor(provinceCode: string, firstIndicator: string): Promise<string> {
  const data = await buildSwitchFloorData(provinceCode, firstIndicator);
  // The React plugin, as the app builds.
  await buildPage('switch-floor', SWITCH_FLOOR_DIST_DIR, [react()]);
  writeFileSync(join(SWITCH_FLOOR_DIST_DIR, SWITCH_FLOOR_DATA_FILE), JSON.stringify(data));
  return SWITCH_FLOOR_DIST_DIR;
}
