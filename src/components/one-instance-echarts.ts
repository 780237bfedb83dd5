// echarts-for-react's component, drawing one ECharts instance per mount (ChartCanvas draws through it).

// The ESM build of echarts-for-react/lib/core: the CommonJS one arrives as a module object in Vite 8 builds.
import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { EChartsType } from 'echarts/core';

/**
 * echarts-for-react (3.0.4+) first draws a temporary instance, disposes it from inside that instance's own
 * 'finished' event and draws again at the width measured then. A draw or resize reaching the temporary
 * instance (its own size sensor, a style change, a new option before 'finished') could dispose it under
 * zrender's feet: "Cannot read properties of null (reading 'layerStack')" in CI. This chart follows its box
 * (boxWidthPx below), so it needs no measuring instance: one instance per mount, created once.
 * The library sets the instance up (option, events, size sensor) once this resolves. An unmount before that
 * (React's StrictMode mounts, unmounts and mounts again in one go) disposed it: the promise then never
 * settles, so the setup runs once, for the live mount, and never on a detached element.
 */
export class OneInstanceECharts extends ReactEChartsCore {
  override async initEchartsInstance(): Promise<EChartsType> {
    // Defensive: an instance still on the element (none is expected: unmounting disposes it) is replaced.
    if (this.echarts.getInstanceByDom(this.ele) !== undefined) this.echarts.dispose(this.ele);
    const instance: EChartsType = this.echarts.init(this.ele, this.props.theme, this.props.opts);
    await Promise.resolve();
    return instance.isDisposed() ? new Promise<never>(() => undefined) : instance;
  }
}
