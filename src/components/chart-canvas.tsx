// The drawn chart: ECharts on a canvas, in its own chunk (see chart-canvas-loader.ts). A chart that needs more
// than the Overview's parts suspends until they have loaded (the Chart's placeholder keeps its place).

import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import type { CSSProperties, ReactNode } from 'react';
import { use, useEffect, useRef } from 'react';
import { echarts, needsMoreParts } from '../charts/echarts-setup.ts';
import { OneInstanceECharts } from './one-instance-echarts.ts';

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
  /** The box's measured width: a change resizes the chart (see below). */
  boxWidthPx: number;
  /** The component types replaced by id on a change, the others merged (ChartSpec.replaceMerge); absent: all replaced. */
  replaceMerge?: readonly string[] | undefined;
}

/** `option` drawn by ECharts (tree-shaken core, canvas renderer), fully replaced on every change unless `replaceMerge`. */
export default function ChartCanvas({
  option,
  style,
  onEvents,
  boxWidthPx,
  replaceMerge,
}: ChartCanvasProps): ReactNode {
  if (needsMoreParts(option)) use(loadMoreParts());
  // The instance once drawn (onChartReady); a disposed one (the chart unmounted) is left alone.
  const ready = useRef<EChartsType | null>(null);
  // echarts-for-react ignores the first call of its size sensor: a width change between the first draw and
  // the sensor's start (a phone turned, a window resized while a chart mounts) was never drawn, and the stale
  // canvas widened the page. The box's own measure resizes it for sure.
  useEffect(() => {
    const instance = ready.current;
    if (instance !== null && !instance.isDisposed()) instance.resize({ width: 'auto', height: 'auto' });
  }, [boxWidthPx]);
  return (
    <OneInstanceECharts
      echarts={echarts}
      onChartReady={(instance: EChartsType) => {
        ready.current = instance;
      }}
      option={option}
      {...(replaceMerge === undefined ? { notMerge: true } : { replaceMerge: [...replaceMerge] })}
      opts={RENDER_OPTS}
      style={style}
      {...(onEvents === undefined ? {} : { onEvents })}
    />
  );
}
