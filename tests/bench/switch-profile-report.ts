// What the switch profilers record and print (dimension-switch-profile.ts, nation-switch-profile.ts): a timeline
// trace and a CPU profile over timed switches, then the times, layout/style/paint per switch, the self time by
// script (chunk), the functions by inclusive time (what calls the busy ones) and the busiest functions with the
// source text they start at; how many style recalculations and layouts a switch runs, how many a script forced,
// and how much of the page a layout redid. PROFILE_OUT=<file> keeps the raw CPU profile, TRACE_OUT=<file> the
// timeline trace (DevTools' Performance panel opens both).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession } from 'playwright-core';
import { switchPercentiles } from '../e2e/helpers/select-switch.ts';
import { startTrace } from './wasm-trace.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}
interface TraceEvent {
  name: string;
  ph: string;
  ts?: number;
  dur?: number;
  tdur?: number;
  tid: number;
  args?: { name?: string };
}

/** What one recording holds: the CPU profile and the timeline's events. */
export interface SwitchRecording {
  readonly profile: Profile;
  readonly events: readonly TraceEvent[];
}

/** The timeline's categories: tasks, scripts, style, layout and paint, as DevTools' Performance panel records. */
const TIMELINE_CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'];

/** Starts a timeline trace on `cdp`; the function it returns stops it and gives its events. */
export const startTimeline = (cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> =>
  startTrace<TraceEvent>(cdp, TIMELINE_CATEGORIES);

/** Starts a timeline trace and a CPU profile on `cdp`; the function it returns stops both and gives them. */
export async function startSwitchRecording(cdp: CDPSession): Promise<() => Promise<SwitchRecording>> {
  const stopTimeline = await startTimeline(cdp);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return async () => {
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    const events = await stopTimeline();
    if (process.env.PROFILE_OUT !== undefined)
      writeFileSync(process.env.PROFILE_OUT, JSON.stringify(profile));
    if (process.env.TRACE_OUT !== undefined)
      writeFileSync(process.env.TRACE_OUT, JSON.stringify({ traceEvents: events }));
    return { profile, events };
  };
}

/** The complete events of the page's main thread (Chromium's CrRendererMain). */
function onMainThread(events: readonly TraceEvent[]): TraceEvent[] {
  const mainThreads = new Set(
    events.filter((e) => e.ph === 'M' && e.args?.name === 'CrRendererMain').map((e) => e.tid),
  );
  return events.filter((e) => e.ph === 'X' && mainThreads.has(e.tid));
}

/** The page's main thread per switch, in ms: its CPU time, and the browser's style, layout and paint within it. */
export interface MainThreadPerSwitch {
  readonly cpuMs: number;
  readonly styleMs: number;
  readonly layoutMs: number;
  /** Pre-paint, paint and layerize. */
  readonly paintMs: number;
  /** The CPU time that was none of those: scripts (React, ECharts), their garbage collection, the tasks' own. */
  readonly scriptAndRestMs: number;
}

/** Where the main thread's time of `switches` switches went, from a timeline recorded over them. */
export function mainThreadPerSwitch(events: readonly TraceEvent[], switches: number): MainThreadPerSwitch {
  const onMain = onMainThread(events);
  const perSwitch = (names: readonly string[], key: 'dur' | 'tdur' = 'dur'): number =>
    onMain.filter((e) => names.includes(e.name)).reduce((sum, e) => sum + (e[key] ?? 0), 0) /
    1000 /
    Math.max(1, switches);
  const cpuMs = perSwitch(['RunTask'], 'tdur');
  const styleMs = perSwitch(['UpdateLayoutTree']);
  const layoutMs = perSwitch(['Layout']);
  const paintMs = perSwitch(['PrePaint', 'Paint', 'Layerize']);
  return {
    cpuMs,
    styleMs,
    layoutMs,
    paintMs,
    scriptAndRestMs: Math.max(0, cpuMs - styleMs - layoutMs - paintMs),
  };
}

/**
 * Prints each kind's switch times (median, p95, all), then where the time of `switches` switches went, from
 * `recording`; `root` is the built app's folder, whose chunks give the source each busy function starts at.
 */
export function printSwitchBreakdown(
  times: Readonly<Record<string, readonly number[]>>,
  { profile, events }: SwitchRecording,
  root: string,
): void {
  for (const [what, list] of Object.entries(times)) {
    if (list.length === 0) continue;
    const { p50, p95 } = switchPercentiles(list);
    const all = list.map((t) => t.toFixed(0)).join(' ');
    console.log(`${what}: p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, all ${all}`);
  }
  const switches = Math.max(
    1,
    Object.values(times).reduce((sum, list) => sum + list.length, 0),
  );
  const byEvent = new Map<string, number>();
  for (const event of events)
    if (event.ph === 'X' && event.dur !== undefined)
      byEvent.set(event.name, (byEvent.get(event.name) ?? 0) + event.dur);
  // The page's main thread's CPU time (tdur: on the CPU, not waiting for it), the figure other engineers' load
  // changes least: the sum of its top-level tasks.
  console.log(
    `page main thread CPU per switch: ${mainThreadPerSwitch(events, switches).cpuMs.toFixed(1)} ms (RunTask tdur)`,
  );
  console.log(
    `timeline events, ms per switch (of ${switches}; every thread, the engine's worker too; nested events overlap):`,
  );
  for (const name of [
    'FunctionCall',
    'EventDispatch',
    'RunMicrotasks',
    'UpdateLayoutTree',
    'Layout',
    'PrePaint',
    'Paint',
    'Layerize',
    'MajorGC',
    'MinorGC',
  ])
    console.log(`  ${((byEvent.get(name) ?? 0) / 1000 / switches).toFixed(1).padStart(7)}  ${name}`);
  // Style and layout on the main thread: how many per switch, and how much of it a script forced (inside a script).
  const onMain = onMainThread(events).filter((e) => e.dur !== undefined);
  const scripts = onMain.filter((e) => ['FunctionCall', 'EventDispatch', 'TimerFire'].includes(e.name));
  const insideScript = (e: (typeof events)[number]) =>
    scripts.some((s) => (s.ts ?? 0) <= (e.ts ?? 0) && (e.ts ?? 0) < (s.ts ?? 0) + (s.dur ?? 0));
  for (const name of ['UpdateLayoutTree', 'Layout']) {
    const list = onMain.filter((e) => e.name === name);
    const forced = list.filter(insideScript);
    const ms = (l: typeof list) => l.reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000 / switches;
    console.log(
      `  ${name} on the main thread: ${(list.length / switches).toFixed(1)} per switch, ${ms(list).toFixed(1)} ms, of which forced by a script ${(forced.length / switches).toFixed(1)} × ${ms(forced).toFixed(1)} ms`,
    );
  }
  // How much of the page a layout redid (Chromium's own count of dirty and total layout objects).
  const layouts = onMain.filter((e) => e.name === 'Layout');
  const objects = (key: 'dirtyObjects' | 'totalObjects') =>
    layouts.reduce(
      (sum, e) =>
        sum + ((e.args as { beginData?: Record<string, number> } | undefined)?.beginData?.[key] ?? 0),
      0,
    ) / Math.max(1, layouts.length);
  console.log(
    `  a layout redid ${objects('dirtyObjects').toFixed(0)} of ${objects('totalObjects').toFixed(0)} layout objects on average`,
  );
  // Self time per node, from the samples and their time deltas.
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byScript = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const node of profile.nodes) {
    const us = selfUs.get(node.id) ?? 0;
    const { url, functionName, lineNumber, columnNumber } = node.callFrame;
    const script = url === '' ? `(${functionName || 'native'})` : (url.split('/').pop() ?? url);
    byScript.set(script, (byScript.get(script) ?? 0) + us);
    const key = `${script}:${lineNumber}:${columnNumber} ${functionName}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + us);
  }
  const top = (map: Map<string, number>, n: number) =>
    [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);
  console.log('\nself time by script (ms):');
  for (const [script, us] of top(byScript, 12))
    console.log(`  ${(us / 1000).toFixed(0).padStart(6)}  ${script}`);
  // Inclusive time: each sample counts once for every distinct function on its stack (who calls the busy ones).
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const nodeById = new Map(profile.nodes.map((node) => [node.id, node]));
  const keyOf = (node: ProfileNode) => {
    const { url, functionName, lineNumber, columnNumber } = node.callFrame;
    const script = url === '' ? `(${functionName || 'native'})` : (url.split('/').pop() ?? url);
    return `${script}:${lineNumber}:${columnNumber} ${functionName}`;
  };
  const inclusiveUs = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
      const node = nodeById.get(at);
      if (node !== undefined) seen.add(keyOf(node));
    }
    for (const key of seen) inclusiveUs.set(key, (inclusiveUs.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const snippetOf = (key: string) => {
    const [where = ''] = key.split(' ');
    const [script = '', line = '0', column = '0'] = where.split(':');
    try {
      const text = readFileSync(join(root, 'assets', script), 'utf8').split('\n')[Number(line)] ?? '';
      return text.slice(Number(column), Number(column) + 90).replace(/\s+/g, ' ');
    } catch {
      return '';
    }
  };
  console.log('\nfunctions by inclusive time (ms per switch), with the source they start at:');
  for (const [key, us] of top(inclusiveUs, 60))
    console.log(`  ${(us / 1000 / switches).toFixed(1).padStart(7)}  ${key}  | ${snippetOf(key)}`);
  console.log('\nbusiest functions (ms), with the source they start at:');
  for (const [key, us] of top(byFunction, 40))
    console.log(`  ${(us / 1000).toFixed(1).padStart(7)}  ${key}  | ${snippetOf(key)}`);
}
