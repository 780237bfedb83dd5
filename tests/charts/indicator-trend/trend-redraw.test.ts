// The Dimensions trend redraws in place on every indicator switch (its tooltip element kept): after any run of
// switches, of indicator, band, peers, target and province (one with predecessors), one ECharts instance draws
// what a new chart draws.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  IndicatorTrendSettings,
  TrendBand,
} from '../../../src/charts/indicator-trend/indicator-trend-rows.ts';
import { createIndicatorTrendSpec } from '../../../src/charts/indicator-trend/indicator-trend-spec.ts';
import type { Connector } from '../../../src/db/connector.ts';
import { createI18n } from '../../../src/i18n/create-i18n.ts';
import { fetchIndicatorPanel } from '../../../src/queries/indicator-panel.ts';
import { fetchIndicatorYears } from '../../../src/queries/indicator-years.ts';
import { fetchProvinces } from '../../../src/queries/provinces.ts';
import { predecessorLines } from '../../../src/views/shared/lineage-text.ts';
import { createLoadedConnector } from '../../helpers/data-files.ts';
import { redrawInPlace } from '../redraw-in-place.ts';

const vi = createI18n('vi');
let conn: Connector;
beforeAll(async () => {
  conn = await createLoadedConnector();
});
afterAll(async () => {
  await conn.close();
});

const FOUR_PEERS = [
  { code: 'P40', name: 'Kon Tum' },
  { code: 'P41', name: 'Gia Lai' },
  { code: 'P42', name: 'Đắk Lắk' },
  { code: 'P44', name: 'Lâm Đồng' },
];
// More peers than the trend labels at the line ends.
const EIGHT_PEERS = [
  ...FOUR_PEERS,
  { code: 'P01', name: 'Hà Nội' },
  { code: 'P31', name: 'Hải Phòng' },
  { code: 'P48', name: 'Đà Nẵng' },
  { code: 'P79', name: 'TP. Hồ Chí Minh' },
];

interface Switch {
  indicator: string;
  band?: TrendBand;
  peers?: IndicatorTrendSettings['peers'];
  target?: number;
  /** The new Lâm Đồng (68), drawn through its predecessors. */
  newUnit?: true;
}

async function specOf(step: Switch) {
  const provinceCode = step.newUnit ? '68' : 'P43';
  return createIndicatorTrendSpec(
    {
      years: await fetchIndicatorYears(conn, step.indicator),
      panel: await fetchIndicatorPanel(conn, step.indicator),
    },
    {
      provinceCode,
      provinceName: step.newUnit ? 'Lâm Đồng' : 'Đắk Nông',
      indicatorLabel: `Chỉ số ${step.indicator}`,
      peers: step.peers ?? FOUR_PEERS,
      predecessors: step.newUnit ? predecessorLines(await fetchProvinces(conn), provinceCode, vi) : [],
      predecessorNote: step.newUnit ? 'Các tỉnh cũ, mỗi tỉnh một đường' : undefined,
      band: step.band ?? 'both',
      source: 'Nguồn: PAPI',
      target: step.target === undefined ? null : { value: step.target },
    },
  );
}

describe('the Dimensions trend redrawn in place on a switch', () => {
  it('draws, after each switch, what a new chart draws', async () => {
    // Indicators with and without a definition break (2 breaks at 2018; 5.2 has fewer years), the bands each
    // way, peers labelled and not, a target that comes and goes, and a new unit with predecessor lines.
    const run: Switch[] = [
      { indicator: 'total' },
      { indicator: '2', target: 6 },
      { indicator: '5.2', band: 'iqr' },
      { indicator: '8', band: 'minmax', peers: EIGHT_PEERS },
      { indicator: '2', peers: [] },
      { indicator: 'total', newUnit: true },
      { indicator: '1.1', newUnit: true, band: 'iqr' },
      { indicator: 'total', target: 45 },
      { indicator: '5.2' },
    ];
    const specs = await Promise.all(run.map(specOf));
    expect(specs.every((spec) => spec.replaceMerge !== undefined)).toBe(true);
    redrawInPlace(specs, vi).forEach(({ kept, fresh }, index) =>
      expect(kept, `after switch ${index} to ${JSON.stringify(run[index])}`).toEqual(fresh),
    );
  });
});
