// The floor of a Dimensions indicator switch: the least the app's stack does to show one. React renders a
// select, the trend's heading and one echarts-for-react chart; a choice builds the app's own trend option
// (createIndicatorTrendSpec, buildSpecOption: the same pure builders, the same rows and settings, the same
// width, the same replaceMerge) and ECharts draws it. No queries, no other panel, no app shell. The bench
// (sections/indicator-switch.ts) times its switches as it times the app's (tests/e2e/helpers/indicator-switch.ts).
// The page is ready for that once [data-testid="dimensions-view"] has data-prefetched="true". ECharts has every part
// registered, as on the app's Dimensions view (its heatmap loads them; with the Overview's parts alone the floor's
// setOption took as long).
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { buildSpecOption } from '../../../src/charts/chart-spec.ts';
import { echarts } from '../../../src/charts/echarts-more-parts.ts';
import { createIndicatorTrendSpec } from '../../../src/charts/indicator-trend/indicator-trend-spec.ts';
import { createI18n } from '../../../src/i18n/create-i18n.ts';
import { SWITCH_FLOOR_DATA_FILE, type SwitchFloorData } from './switch-floor-data.ts';

const i18n = createI18n('vi');
const RENDER_OPTS = { renderer: 'canvas' } as const;

function SwitchFloor({ data, widthPx }: { data: SwitchFloorData; widthPx: number }) {
  const [code, setCode] = useState(data.first);
  const drawn = data.byIndicator[code];
  const spec = useMemo(
    () => (drawn === undefined ? null : createIndicatorTrendSpec(drawn.rows, drawn.settings)),
    [drawn],
  );
  const option = useMemo(
    () => (spec === null ? null : buildSpecOption(spec, { widthPx, caption: 'none' }, i18n)),
    [spec, widthPx],
  );
  const height = spec === null || typeof spec.heightPx === 'number' ? 460 : spec.heightPx(widthPx);
  return (
    <div data-testid="dimensions-view" data-prefetched="true" style={{ width: widthPx }}>
      <select data-testid="indicator-select" value={code} onChange={(event) => setCode(event.target.value)}>
        {/* One flat list in the picker's order: the switches cycle through the options as the app's. */}
        {data.groups.flatMap((group) =>
          group.options.map((o) => (
            <option key={o.code} value={o.code}>
              {o.label}
            </option>
          )),
        )}
      </select>
      {spec === null || option === null ? null : (
        <>
          <h2 id="chart-indicator-trend-heading">{spec.describe(spec.rows, spec.settings, i18n).title}</h2>
          <ReactEChartsCore
            echarts={echarts}
            option={option}
            replaceMerge={[...(spec.replaceMerge ?? [])]}
            opts={RENDER_OPTS}
            style={{ height, width: '100%' }}
          />
        </>
      )}
    </div>
  );
}

const root = document.getElementById('root');
const widthPx = Number(new URLSearchParams(location.search).get('widthPx') ?? '960');
if (root !== null)
  void fetch(`./${SWITCH_FLOOR_DATA_FILE}`)
    .then((response) => response.json() as Promise<SwitchFloorData>)
    .then((data) => createRoot(root).render(<SwitchFloor data={data} widthPx={widthPx} />));
