// The drawn chart: ECharts on a canvas, in its own chunk (see chart-canvas-loader.ts). A chart that needs more
// than the Overview's parts suspends until they have loaded (the Chart's placeholder keeps its place).

// The ESM build of echarts-for-react/lib/core: the CommonJS one arrives as a module object in Vite 8 builds.
import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import type { ECharts } from 'echarts';
import type { CSSProperties, ReactNode } from 'react';
import { use, useEffect, useRef } from 'react';
import { echarts, needsMoreParts } from '../charts/echarts-setup.ts';

const RENDER_OPTS = { renderer: 'canvas' } as const;

/**
 * echarts-for-react (3.0.4+) first draws a temporary instance, disposes it from inside that instance's own
 * 'finished' event and draws again at the width measured then. A draw or resize reaching the temporary
 * instance (its own size sensor, a style change, a new option before 'finished') could dispose it under
 * zrender's feet: "Cannot read properties of null (reading 'layerStack')" in CI. This chart follows its box
 * (boxWidthPx below), so it needs no measuring instance: one instance per mount, created once. An instance
 * left on the element (a Suspense boundary hid the chart: React detaches the ref before componentWillUnmount,
 * so the library could not dispose it) is disposed first, as the library's second init did.
 */
class OneInstanceECharts extends ReactEChartsCore {
  override initEchartsInstance(): Promise<ECharts> {
    if (this.echarts.getInstanceByDom(this.ele) !== undefined) this.echarts.dispose(this.ele);
    return Promise.resolve(this.echarts.init(this.ele, this.props.theme, this.props.opts) as ECharts);
  }
}

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
