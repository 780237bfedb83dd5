// How the chart wrapper hands a changed option to ECharts. A full replace (`notMerge`) makes ECharts build every
// component model and view again, the tooltip's DOM included, which was most of an indicator switch's time. A
// merge reuses them, but ECharts merges each component's new option into its old one: a property or component the
// new option leaves out would stay drawn. So a kind of component is merged only where that cannot happen, and
// replaced (`replaceMerge`) everywhere else; anything else that could linger falls back to the full replace.
import type { EChartsCoreOption, SetOptionOpts } from 'echarts/core';

/**
 * The kinds of component the app registers (charts/echarts-setup.ts), i.e. the only top-level keys ECharts
 * takes for components; every other key is a global setting (animation, colours, fonts) that ECharts deep-merges.
 */
export const COMPONENT_TYPES = [
  'series',
  'xAxis',
  'yAxis',
  'grid',
  'title',
  'tooltip',
  'legend',
  'visualMap',
] as const;
/**
 * Components that keep what a user did to them (a legend entry switched off): always replaced, so a new option
 * draws them as it says, as a full replace always did. (The visual maps have no handles: `calculable: false`.)
 */
const ALWAYS_REPLACED: ReadonlySet<string> = new Set(['legend']);

type Options = Record<string, unknown>;

const isPlainObject = (value: unknown): value is Options =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The option's components of one kind, as ECharts reads them: one object, a list, or none. */
function componentsOf(option: Options, type: string): readonly unknown[] {
  const value = option[type];
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/**
 * True when merging `next` into `prev` (ECharts' deep merge: objects key by key, anything else replaced whole)
 * would keep something `next` does not say: a key `prev` sets that `next` leaves out, at any depth of objects.
 */
function leavesStaleKeys(prev: unknown, next: unknown): boolean {
  if (!isPlainObject(prev) || !isPlainObject(next)) return false;
  return Object.keys(prev).some((key) => !Object.hasOwn(next, key) || leavesStaleKeys(prev[key], next[key]));
}

/**
 * True when merging global setting `next` into `prev` keeps something of `prev`: ECharts ignores a missing or
 * null setting, and merges a list item by item (so a shorter list keeps the old tail).
 */
function globalLingers(prev: unknown, next: unknown): boolean {
  if (prev === undefined || prev === null) return false;
  if (next === undefined || next === null) return true;
  if (Array.isArray(prev) || Array.isArray(next)) {
    if (!Array.isArray(prev) || !Array.isArray(next) || prev.length > next.length) return true;
    return prev.some((item, index) => leavesStaleKeys(item, next[index]));
  }
  return leavesStaleKeys(prev, next);
}

/**
 * True when `next`'s components of one kind can be merged into `prev`'s one by one: as many, each with the
 * same id, name and chart type at its place (how ECharts pairs them), none leaving a stale key.
 */
function mergesInPlace(prev: readonly unknown[], next: readonly unknown[]): boolean {
  return (
    prev.length === next.length &&
    prev.every((old, index) => {
      const now = next[index];
      if (!isPlainObject(old) || !isPlainObject(now)) return false;
      return (
        old.id === now.id && old.name === now.name && old.type === now.type && !leavesStaleKeys(old, now)
      );
    })
  );
}

/**
 * True when replacing `prev`'s components of one kind by `next`'s draws them as a fresh chart would. ECharts keeps
 * (merges into) a component whose id is in both, in its old place and with its old view, and puts the others
 * into the free places in order, with new views drawn after the kept ones. So the kept ones must be the first
 * of `next`, each at its old place, and keep no stale key.
 */
function replacesCleanly(prev: readonly unknown[], next: readonly unknown[]): boolean {
  const idOf = (component: unknown): unknown => (isPlainObject(component) ? component.id : undefined);
  const prevIndexById = new Map(
    prev.flatMap((c, index) => (idOf(c) === undefined ? [] : [[idOf(c), index]])),
  );
  const kept = next.map((component) => prevIndexById.get(idOf(component)));
  const keptCount = kept.filter((index) => index !== undefined).length;
  return kept.every(
    (prevIndex, index) =>
      prevIndex === undefined ||
      (prevIndex === index && index < keptCount && !leavesStaleKeys(prev[prevIndex], next[index])),
  );
}

/**
 * The setOption options that turn the chart drawn with `prev` into exactly what a fresh chart draws with
 * `next`, rebuilding as little as that allows: components merged in place where nothing can linger, the
 * kinds whose count, identity or keys change replaced, a full replace when a global setting would linger.
 */
export function chartUpdateOptions(prev: EChartsCoreOption | null, next: EChartsCoreOption): SetOptionOpts {
  if (prev === null) return { notMerge: true };
  const before = prev as Options;
  const after = next as Options;
  const components: ReadonlySet<string> = new Set(COMPONENT_TYPES);
  const globalsLinger = Object.keys(before).some(
    (key) => !components.has(key) && globalLingers(before[key], after[key]),
  );
  if (globalsLinger) return { notMerge: true };
  const replaceMerge: string[] = [];
  for (const type of COMPONENT_TYPES) {
    const old = componentsOf(before, type);
    const now = componentsOf(after, type);
    if (old.length === 0 && now.length === 0) continue;
    if (ALWAYS_REPLACED.has(type) || !mergesInPlace(old, now)) {
      if (!replacesCleanly(old, now)) return { notMerge: true };
      replaceMerge.push(type);
    }
  }
  return { notMerge: false, replaceMerge };
}
