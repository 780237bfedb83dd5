// Lighthouse 12.2.3 on the served app, desktop and mobile presets, driving Debian's Chromium through
// chrome-launcher (never a downloaded browser): performance, accessibility, best practices, with issue 24's
// budgets (performance 98 desktop and 90 mobile, total blocking time on mobile 200 ms). The floor page
// (one DuckDB query, one chart) is audited alike: what this engine costs a page before the app does anything.
// Where the mobile main thread's time goes is printed for both (Lighthouse's own breakdown by kind of work and its
// long tasks by script): the profile behind the blocking time, against the floor's.

import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Config } from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../e2e/helpers/browser.ts';
import type { BenchSection, Budget } from '../bench-kit.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
type Scores = Record<(typeof CATEGORIES)[number], number | null> & {
  /** Audits that cost points (score below 0.9), with Lighthouse's figure: what holds the scores. */
  failing: string[];
  /** Total blocking time (ms), which issue 24 budgets on mobile. */
  totalBlockingTimeMs: number | null;
  /** Main-thread time by kind of work (Lighthouse's mainthread-work-breakdown), in ms. */
  mainThread: Record<string, number>;
  /** The long tasks (≥ 50 ms, Lighthouse's long-tasks), longest first, with the script they are attributed to. */
  longTasks: { url: string; ms: number }[];
};

/** A table audit's rows (Lighthouse's details of type 'table'), or none. */
const itemsOf = (audit: { details?: object } | undefined): Record<string, unknown>[] => {
  const details = audit?.details;
  return details !== undefined && 'items' in details && Array.isArray(details.items)
    ? (details.items as Record<string, unknown>[])
    : [];
};
const msOf = (x: unknown): number => (typeof x === 'number' ? Math.round(x) : 0);
/** A script's URL without its origin: the floor page and the app are served from different ports. */
const pathOf = (url: unknown): string => {
  if (typeof url !== 'string') return '';
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
};

async function audit(url: string, config: Config | undefined): Promise<Scores> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
      config,
    );
    const categories = result?.lhr.categories ?? {};
    const score = (id: string): number | null => {
      const s = categories[id]?.score;
      return typeof s === 'number' ? Math.round(s * 100) : null;
    };
    const audits = result?.lhr.audits ?? {};
    const failing = Object.values(audits)
      .filter((a) => typeof a.score === 'number' && a.score < 0.9 && a.scoreDisplayMode !== 'informative')
      .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`);
    const blocking = audits['total-blocking-time']?.numericValue;
    const mainThread = Object.fromEntries(
      itemsOf(audits['mainthread-work-breakdown']).map((item) => [
        String(item.groupLabel),
        msOf(item.duration),
      ]),
    );
    const longTasks = itemsOf(audits['long-tasks']).map((item) => ({
      url: pathOf(item.url),
      ms: msOf(item.duration),
    }));
    return {
      failing,
      mainThread,
      longTasks,
      totalBlockingTimeMs: typeof blocking === 'number' ? Math.round(blocking) : null,
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
    };
  } finally {
    chrome.kill();
  }
}

export const lighthouseSection: BenchSection = {
  name: 'Lighthouse 12.2.3',
  async run(context) {
    const url = `${context.app.origin}/`;
    const desktop = await audit(url, desktopConfig as Config);
    const mobile = await audit(url, undefined);
    const floorUrl = `${context.floor.origin}/`;
    const floorDesktop = await audit(floorUrl, desktopConfig as Config);
    const floorMobile = await audit(floorUrl, undefined);
    const budgets: Budget[] = [
      {
        name: 'Lighthouse performance, desktop',
        value: desktop.performance,
        limit: 98,
        unit: 'score',
        atLeast: true,
        floor: floorDesktop.performance,
      },
      {
        name: 'Lighthouse performance, mobile',
        value: mobile.performance,
        limit: 90,
        unit: 'score',
        atLeast: true,
        floor: floorMobile.performance,
      },
      {
        name: 'total blocking time, Lighthouse mobile',
        value: mobile.totalBlockingTimeMs,
        limit: 200,
        unit: 'ms',
        floor: floorMobile.totalBlockingTimeMs,
      },
      {
        name: 'Lighthouse accessibility, desktop',
        value: desktop.accessibility,
        limit: 100,
        unit: 'score',
        atLeast: true,
      },
      {
        name: 'Lighthouse accessibility, mobile',
        value: mobile.accessibility,
        limit: 100,
        unit: 'score',
        atLeast: true,
      },
    ];
    const show = (x: number | null): string => (x === null ? '—' : String(x));
    return {
      table: [
        ['Lighthouse category', 'desktop', 'mobile'],
        ...CATEGORIES.map((c) => [c, show(desktop[c]), show(mobile[c])]),
        ['total blocking time (ms)', show(desktop.totalBlockingTimeMs), show(mobile.totalBlockingTimeMs)],
        ['floor page: performance', show(floorDesktop.performance), show(floorMobile.performance)],
        [
          'floor page: total blocking time (ms)',
          show(floorDesktop.totalBlockingTimeMs),
          show(floorMobile.totalBlockingTimeMs),
        ],
        ['audits below 0.9, desktop', desktop.failing.join('; ') || '—', ''],
        ['audits below 0.9, mobile', mobile.failing.join('; ') || '—', ''],
      ],
      more: [mainThreadTable(mobile, floorMobile), longTasksTable(mobile, floorMobile)],
      budgets,
      json: { desktop, mobile, floor: { desktop: floorDesktop, mobile: floorMobile } },
    };
  },
};

/** The mobile run's main-thread time by kind of work, the app against the floor page. */
function mainThreadTable(app: Scores, floor: Scores): string[][] {
  const groups = [...new Set([...Object.keys(app.mainThread), ...Object.keys(floor.mainThread)])];
  const rows = groups
    .map((group) => [group, app.mainThread[group] ?? 0, floor.mainThread[group] ?? 0] as const)
    .sort((a, b) => b[1] - a[1]);
  const total = (scores: Scores): number => Object.values(scores.mainThread).reduce((a, b) => a + b, 0);
  return [
    ['mobile main thread (Lighthouse, simulated slow CPU)', 'app (ms)', 'floor page (ms)'],
    ...rows.map(([group, a, f]) => [group, String(a), String(f)]),
    ['total', String(total(app)), String(total(floor))],
  ];
}

/** The mobile run's long tasks by script, longest first: what the blocking time is made of. */
function longTasksTable(app: Scores, floor: Scores): string[][] {
  const list = (scores: Scores): string =>
    scores.longTasks.map((task) => `${task.ms} ms ${task.url || '(no script)'}`).join('; ') || '—';
  return [
    ['mobile long tasks (≥ 50 ms; script they are attributed to)', ''],
    ['app', list(app)],
    ['floor page', list(floor)],
  ];
}
