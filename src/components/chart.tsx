import type { ReactNode } from 'react';
import { Suspense, useMemo, useRef, useState } from 'react';
import type { ChartSpec } from '../charts/chart-spec.ts';
import { buildSpecOption, describeForScreenReaders, drawnWidthPx } from '../charts/chart-spec.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { loadChartCanvas } from './chart-canvas-loader.ts';
import { ChartDataTable } from './chart-data-table.tsx';
import { retryingLazy } from './retrying-lazy.tsx';
import { useShowChartQuery } from './chart-query-context.tsx';
import { useDrawnInputs } from './use-drawn-inputs.ts';
import type { ChartMenuItem } from './chart-menu.tsx';
import { ChartMenu } from './chart-menu.tsx';
import { ScrollRegion } from './scroll-region.tsx';
import { useElementWidth } from './use-element-width.ts';
import { useNearViewport } from './use-near-viewport.ts';

const FALLBACK_WIDTH_PX = 960;
// ECharts arrives in its own chunk: until it has, an empty box of the chart's size holds its place.
const ChartCanvas = retryingLazy(() => loadChartCanvas().then((module) => module.default));

interface ChartProps<Rows, Settings> {
  /** What to draw: rows, settings and the pure builders (the same spec an export re-renders). */
  spec: ChartSpec<Rows, Settings>;
  /** Items appended to the chart's export menu (e.g. "Xem truy vấn"). */
  extraMenuItems?: readonly ChartMenuItem[];
  /** ECharts events on the drawn chart, e.g. `{ click }` on the tile map; keep the object stable (useMemo). */
  onEvents?: Readonly<Record<string, (params: unknown) => void>>;
}

/**
 * The one ECharts wrapper: tree-shaken core, canvas renderer, full replace on every option change (or, for a
 * spec that asks for it, a replace by id: see ChartSpec.replaceMerge). The canvas
 * is named for screen readers (title and summary), a toggle swaps it for the chart's data as a table, and a
 * menu exports it (PNG, SVG, CSV, clipboard, briefing deck) by re-rendering the spec off-screen.
 */
export function Chart<Rows, Settings>({
  spec,
  extraMenuItems,
  onEvents,
}: ChartProps<Rows, Settings>): ReactNode {
  const i18n = useI18n();
  const showQuery = useShowChartQuery();
  const query = spec.query;
  const menuItems = useMemo(
    () =>
      query === undefined || showQuery === null
        ? extraMenuItems
        : [
            ...(extraMenuItems ?? []),
            { id: 'show-query', label: i18n.t('console.showQuery'), onSelect: () => showQuery(query) },
          ],
    [query, showQuery, extraMenuItems, i18n],
  );
  const [showTable, setShowTable] = useState(false);
  const [exportStatus, setExportStatus] = useState('');
  // On the wrapper, which stays mounted while the table is shown, so the width is known when the chart returns.
  const containerRef = useRef<HTMLDivElement>(null);
  const measuredWidthPx = useElementWidth(containerRef, FALLBACK_WIDTH_PX);
  const nearViewport = useNearViewport(containerRef);
  const screenWidthPx = measuredWidthPx ?? FALLBACK_WIDTH_PX;
  // A figure with a minimum width (a table of many columns) is drawn at it and scrolls sideways on a phone.
  const widthPx = drawnWidthPx(spec, screenWidthPx);
  const scrolls = widthPx > screenWidthPx;
  // On screen the figure's HTML carries title, subtitle and source: the canvas draws only the plot.
  // Drawn once the box is measured (a chart drawn at a guessed width was drawn again at its own) and near
  // the screen (useNearViewport). A new spec that would draw the same keeps the drawn option (useDrawnInputs).
  const inputs = useDrawnInputs(spec);
  const drawable = measuredWidthPx !== null && nearViewport;
  const option = useMemo(
    () => (showTable || !drawable ? null : buildSpecOption(inputs, { widthPx, caption: 'none' }, i18n)),
    [inputs, widthPx, i18n, showTable, drawable],
  );
  const label = useMemo(
    () => describeForScreenReaders(spec.describe(spec.rows, spec.settings, i18n)),
    [spec, i18n],
  );
  const table = useMemo(
    () => (showTable ? spec.toTable(spec.rows, spec.settings, i18n) : null),
    [spec, i18n, showTable],
  );
  const height = typeof spec.heightPx === 'number' ? spec.heightPx : spec.heightPx(widthPx);
  const style = useMemo(() => ({ height, width: scrolls ? widthPx : '100%' }), [height, scrolls, widthPx]);
  // Until the chart is drawable and while ECharts loads, an empty box of the chart's size holds its place.
  const placeholder = <div style={style} />;
  const drawn = showTable ? null : (
    <div className="chart" role="img" aria-label={label} data-testid={spec.id}>
      {option === null ? (
        placeholder
      ) : (
        <Suspense fallback={placeholder}>
          <ChartCanvas
            option={option}
            style={style}
            onEvents={onEvents}
            boxWidthPx={screenWidthPx}
            replaceMerge={spec.replaceMerge}
          />
        </Suspense>
      )}
    </div>
  );
  return (
    <div ref={containerRef} className="chart-block">
      <div className="chart-toolbar">
        <button
          type="button"
          className="chart-table-toggle"
          aria-pressed={showTable}
          data-testid={`${spec.id}-table-toggle`}
          onClick={() => setShowTable((shown) => !shown)}
        >
          {i18n.t('chart.table.show')}
        </button>
        <ChartMenu
          spec={spec}
          screenWidthPx={screenWidthPx}
          extraItems={menuItems}
          onStatus={setExportStatus}
        />
      </div>
      <p className="chart-menu-status" role="status" data-testid={`${spec.id}-export-status`}>
        {exportStatus}
      </p>
      {table !== null ? (
        <ChartDataTable table={table} testId={`${spec.id}-table`} />
      ) : scrolls ? (
        <ScrollRegion label={label} hint={i18n.t('chart.scrollHint')}>
          {drawn}
        </ScrollRegion>
      ) : (
        drawn
      )}
    </div>
  );
}
