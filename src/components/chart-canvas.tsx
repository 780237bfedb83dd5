// The drawn chart: ECharts on a canvas, in its own chunk (see chart-canvas-loader.ts). A chart that needs more
// than the Overview's parts suspends until they have loaded (the Chart's placeholder keeps its place).

// The ESM build of echarts-for-react/lib/core: the CommonJS one arrives as a module object in Vite 8 builds.
import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { EChartsCoreOption } from 'echarts/core';
import type { CSSProperties, ReactNode } from 'react';
import { use } from 'react';
import { echarts, needsMoreParts } from '../charts/echarts-setup.ts';

const RENDER_OPTS = { renderer: 'canvas' } as const;

let moreParts: Promise<unknown> | null = null;

/** Loads the other charts' parts once; after a failure the next chart that needs them tries again. */
function loadMoreParts(): Promise<unknown> {
  moreParts ??= import('../charts/echarts-more-parts.ts').catch((error: unknown) => {
    moreParts = null;
    throw error;
  });
  return moreParts;
}

export interface ChartCanvasProps {
  option: EChartsCoreOption;
  style: CSSProperties;
  onEvents?: Readonly<Record<string, (params: unknown) => void>> | undefined;
}

/** `option` drawn by ECharts (tree-shaken core, canvas renderer), fully replaced on every change. */
export default function ChartCanvas({ option, style, onEvents }: ChartCanvasProps): ReactNode {
  if (needsMoreParts(option)) use(loadMoreParts());
  return (
    <ReactEChartsCore
      echarts={echarts}
      option={option}
      notMerge
      opts={RENDER_OPTS}
      style={style}
      {...(onEvents === undefined ? {} : { onEvents })}
    />
  );
}
