// The trend chart on the real bundled data, through the real query: the line is never joined across 2018.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHART_COLORS } from '../../../src/charts/palette.ts';
import { buildTotalTrendOption } from '../../../src/charts/total-trend/build-total-trend-option.ts';
import { TOTAL_TREND_SERIES } from '../../../src/charts/total-trend/trend-series.ts';
import type { Connector } from '../../../src/db/connector.ts';
import type { TotalTrendPoint } from '../../../src/domain/types.ts';
import { createI18n } from '../../../src/i18n/create-i18n.ts';
import { fetchTotalTrend } from '../../../src/queries/total-trend.ts';
import { createLoadedConnector } from '../../helpers/data-files.ts';
import { linePaths, renderToSvg } from '../render-svg.ts';

let conn: Connector;
let points: TotalTrendPoint[];
beforeAll(async () => {
  conn = await createLoadedConnector();
  points = await fetchTotalTrend(conn, 'P43');
});
afterAll(async () => {
  await conn.close();
});

describe('Đắk Nông’s total trend from the bundled data', () => {
  it('draws 2011-2017 and 2018-2024 as two lines, never joined from 2017 to 2018', () => {
    const option = buildTotalTrendOption(
      points,
      { provinceName: 'Đắk Nông', caption: 'none', widthPx: 960 },
      createI18n('vi'),
    );
    const series = option.series as { id?: string; data?: (number | null)[] }[];
    const data = (firstYear: number) =>
      series.find((s) => s.id === TOTAL_TREND_SERIES.province(firstYear))?.data ?? [];
    expect(data(2011)[6]).not.toBeNull(); // 2017 ends the first line
    expect(data(2011)[7]).toBeNull();
    expect(data(2018)[6]).toBeNull();
    expect(data(2018)[12]).toBe(38.97); // 2023
    expect(data(2018)[13]).toBe(40.54); // 2024
    const pieces = linePaths(renderToSvg(option), CHART_COLORS.province, 3).flatMap((d) =>
      d.split('M').filter(Boolean),
    );
    expect(pieces).toHaveLength(2);
  });
});
