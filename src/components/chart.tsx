import type { EChartsCoreOption } from 'echarts/core';
// The ESM build of echarts-for-react/lib/core: the CommonJS one arrives as a module object in Vite 8 builds.
import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { ReactNode } from 'react';
import { useMemo, useRef } from 'react';
import { echarts } from '../charts/echarts-setup.ts';
import { useElementWidth } from './use-element-width.ts';

const FALLBACK_WIDTH_PX = 960;
const RENDER_OPTS = { renderer: 'canvas' } as const;

interface ChartProps {
  /** Builds the option for the chart's current width (titles wrap to it). */
  buildOption: (widthPx: number) => EChartsCoreOption;
  /** The chart's title, read out by screen readers. */
  title: string;
  /** Explicit height (echarts-for-react can miss container resizes), or a function of the width. */
  heightPx: number | ((widthPx: number) => number);
  testId: string;
}

/** The one ECharts wrapper: tree-shaken core, canvas renderer, full replace on every option change. */
export function Chart({ buildOption, title, heightPx, testId }: ChartProps): ReactNode {
  const containerRef = useRef<HTMLDivElement>(null);
  const widthPx = useElementWidth(containerRef, FALLBACK_WIDTH_PX);
  const option = useMemo(() => buildOption(widthPx), [buildOption, widthPx]);
  const height = typeof heightPx === 'number' ? heightPx : heightPx(widthPx);
  const style = useMemo(() => ({ height, width: '100%' }), [height]);
  return (
    <div ref={containerRef} className="chart" role="img" aria-label={title} data-testid={testId}>
      <ReactEChartsCore echarts={echarts} option={option} notMerge opts={RENDER_OPTS} style={style} />
    </div>
  );
}
