// The chart component draws one ECharts instance per mount, and sets it up (option, click handler) once,
// even when React mounts, unmounts and mounts again in one go (StrictMode in `npm run dev`).
import { describe, expect, it } from 'vitest';
import { OneInstanceECharts } from '../../src/components/one-instance-echarts.ts';

interface FakeInstance {
  id: number;
  disposed: boolean;
  options: unknown[];
  handlers: string[];
  isDisposed(): boolean;
  setOption(option: unknown): void;
  on(event: string): void;
  off(event: string): void;
  showLoading(): void;
  hideLoading(): void;
}

/** The part of echarts the component calls, one instance per element, as echarts keeps them. */
function fakeEcharts() {
  const byElement = new Map<object, FakeInstance>();
  const created: FakeInstance[] = [];
  return {
    created,
    init(ele: object): FakeInstance {
      const instance: FakeInstance = {
        id: created.length + 1,
        disposed: false,
        options: [],
        handlers: [],
        isDisposed: () => instance.disposed,
        setOption: (option) => instance.options.push(option),
        on: (event) => instance.handlers.push(event),
        off: (event) => {
          instance.handlers = instance.handlers.filter((h) => h !== event);
        },
        showLoading: () => undefined,
        hideLoading: () => undefined,
      };
      created.push(instance);
      byElement.set(ele, instance);
      return instance;
    },
    getInstanceByDom(ele: object | null): FakeInstance | undefined {
      if (ele === null) throw new TypeError('getInstanceByDom(null)');
      return byElement.get(ele);
    },
    dispose(ele: object): void {
      const instance = byElement.get(ele);
      if (instance) instance.disposed = true;
      byElement.delete(ele);
    },
  };
}

function mountable(echarts: ReturnType<typeof fakeEcharts>, ele: object | null) {
  const props = {
    echarts,
    option: { series: [] },
    autoResize: false, // the size sensor needs a DOM
    onEvents: { click: () => undefined },
  };
  const chart = new OneInstanceECharts(props as never);
  (chart as unknown as { ele: object | null }).ele = ele;
  return chart;
}

/** An element as size-sensor sees it on unmount (its attributes only). */
function fakeElement(): object {
  const attributes = new Map<string, string>();
  return {
    getAttribute: (name: string) => attributes.get(name) ?? null,
    setAttribute: (name: string, value: string) => attributes.set(name, value),
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('one ECharts instance per mount', () => {
  it('a plain mount draws one instance, with the option set and the click bound once', async () => {
    const echarts = fakeEcharts();
    mountable(echarts, fakeElement()).componentDidMount();
    await settle();
    expect(echarts.created).toHaveLength(1);
    expect(echarts.created[0]?.options).toHaveLength(1);
    expect(echarts.created[0]?.handlers).toEqual(['click']);
  });

  it("StrictMode's mount, unmount, mount sets the live instance up once, and leaves the disposed one alone", async () => {
    const echarts = fakeEcharts();
    const ele = fakeElement();
    const chart = mountable(echarts, ele);
    chart.componentDidMount();
    chart.componentWillUnmount();
    chart.componentDidMount();
    await settle();
    const [first, second] = echarts.created;
    expect(first?.disposed).toBe(true);
    expect(first?.options).toEqual([]);
    expect(second?.disposed).toBe(false);
    expect(second?.options).toHaveLength(1);
    expect(second?.handlers).toEqual(['click']);
  });

  it('an unmount that detaches the element before the setup runs ends quietly', async () => {
    const echarts = fakeEcharts();
    const chart = mountable(echarts, fakeElement());
    chart.componentDidMount();
    chart.componentWillUnmount();
    (chart as unknown as { ele: object | null }).ele = null;
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    await settle();
    await settle();
    process.off('unhandledRejection', onUnhandled);
    expect(unhandled).toEqual([]);
    expect(echarts.created[0]?.options).toEqual([]);
  });
});
