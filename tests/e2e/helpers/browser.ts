// Debian's Chromium driven by playwright-core: never downloads a browser.
// Every request is routed: only the app's own origin (and data:/blob:) may load; anything else is
// aborted and recorded. Console errors, page errors and CSP violations are recorded too, so a test
// can assert the app is quiet and self-contained.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type ConsoleMessage, type Page, type Route } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The users' time zone (Vietnam, UTC+7, no daylight saving): "today" in file names and dates follows it, not the CI machine's. */
export const APP_TIMEZONE = 'Asia/Ho_Chi_Minh';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

/**
 * For tests, not for timings: V8's baseline wasm compiler only (same semantics). Each start of the app
 * compiles DuckDB's 34 MB wasm, and V8's optimising tier then recompiles its hot functions on
 * background threads: on a 2-core machine one start kept both cores busy (about 13 s of CPU), so two
 * test files could not overlap. Liftoff alone needs about 7.5 s. The unit tests run Node the same way.
 */
export const TEST_ONLY_CHROMIUM_ARGS = ['--js-flags=--liftoff-only'];

export function assertChromium(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Install Debian's build with ` +
        '`apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium` ' +
        '(the tests never download a browser; set CHROMIUM_PATH to use another binary).',
    );
  }
}

export interface Problems {
  /** Requests that tried to leave the app's origin (aborted). */
  blockedRequests: string[];
  consoleErrors: string[];
  pageErrors: string[];
  cspViolations: string[];
}

export interface GuardedContext {
  context: BrowserContext;
  origin: string;
  userDataDir: string;
  /** Everything recorded since the context started (cumulative). */
  problems: Problems;
  /** Snapshot of the current list lengths; pass it to problemsSince() to get only what came after. */
  mark(): Problems;
  problemsSince(mark: Problems): Problems;
  /** Holds requests whose URL matches until the returned release() is called (e.g. delay the wasm). */
  hold(pattern: RegExp): { release(): void; held(): number };
  close(): Promise<void>;
}

const emptyProblems = (): Problems => ({
  blockedRequests: [],
  consoleErrors: [],
  pageErrors: [],
  cspViolations: [],
});

/** In every document (not workers): report CSP violations through an exposed binding. */
const CSP_INIT_SCRIPT = `(() => {
  const report = (e) => {
    try {
      const fn = globalThis.__papiReportCsp;
      if (typeof fn === 'function') {
        fn([e.violatedDirective, e.effectiveDirective, e.blockedURI, e.sourceFile + ':' + e.lineNumber].join(' | '));
      }
    } catch {}
  };
  document.addEventListener('securitypolicyviolation', report, true);
})();`;

const isCspMessage = (text: string): boolean => /Content[- ]Security[- ]Policy/i.test(text);

export interface LaunchOptions {
  /** The app's origin, e.g. http://127.0.0.1:4173: the only one allowed. */
  origin: string;
  /** Extra Chromium args (appended). */
  args?: string[];
  /** Reuse a profile directory (the benchmark's warm runs); default: a fresh temporary one. */
  userDataDir?: string;
  viewport?: { width: number; height: number };
  locale?: string;
  /**
   * Watch requests instead of routing them (the benchmark): Playwright turns the HTTP cache off while
   * a route is set, which would make "warm" loads cold. Other-origin requests are still recorded (and
   * blocked by the app's CSP), but `hold` is unavailable.
   */
  observeOnly?: boolean;
  /** Timings that stand for a user's browser (the benchmark): keep V8's default tiers, no test-only args. */
  measuresSpeed?: boolean;
}

/** A page error as `Name: message`, with its first frames: a flaky error in CI is otherwise unplaceable. */
export function describePageError(error: Error): string {
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .slice(0, 4)
    .map((line) => line.trim());
  return [`${error.name}: ${error.message}`, ...frames].join(' ');
}

export async function launchGuarded(options: LaunchOptions): Promise<GuardedContext> {
  assertChromium();
  const origin = new URL(options.origin).origin;
  const ownDir = options.userDataDir === undefined;
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'papi-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      ...CHROMIUM_ARGS,
      ...(options.measuresSpeed === true ? [] : TEST_ONLY_CHROMIUM_ARGS),
      ...(options.args ?? []),
    ],
    viewport: options.viewport ?? { width: 1366, height: 900 },
    locale: options.locale ?? 'vi-VN',
    timezoneId: APP_TIMEZONE,
    serviceWorkers: 'allow',
  });

  const problems = emptyProblems();
  const holds: { pattern: RegExp; waiting: (() => void)[]; released: boolean }[] = [];

  await context.exposeBinding('__papiReportCsp', (_source, text: string) => {
    problems.cspViolations.push(String(text));
  });
  await context.addInitScript(CSP_INIT_SCRIPT);

  const isAllowed = (url: string): boolean => {
    if (url.startsWith('data:') || url.startsWith('blob:')) return true;
    try {
      return new URL(url).origin === origin;
    } catch {
      return false;
    }
  };

  if (options.observeOnly === true) {
    context.on('request', (request) => {
      if (!isAllowed(request.url())) problems.blockedRequests.push(`${request.method()} ${request.url()}`);
    });
  } else {
    await context.route('**/*', async (route: Route) => {
      const url = route.request().url();
      if (!isAllowed(url)) {
        problems.blockedRequests.push(`${route.request().method()} ${url}`);
        await route.abort('blockedbyclient').catch(() => undefined);
        return;
      }
      for (const hold of holds) {
        if (!hold.released && hold.pattern.test(url)) {
          await new Promise<void>((resolveHold) => hold.waiting.push(resolveHold));
        }
      }
      await route.continue().catch(() => undefined);
    });
  }

  const onConsole = (where: string) => (msg: ConsoleMessage) => {
    const text = msg.text();
    if (isCspMessage(text) && msg.type() !== 'log' && msg.type() !== 'debug') {
      problems.cspViolations.push(`${where}: ${text}`);
      return;
    }
    if (msg.type() === 'error') {
      const loc = msg.location();
      const at = loc.url ? ` (${loc.url}:${loc.lineNumber})` : '';
      problems.consoleErrors.push(`${where}: ${text}${at}`);
    }
  };
  const watchPage = (page: Page): void => {
    // Includes the messages of the page's dedicated workers (DuckDB's) as well.
    page.on('console', onConsole('page'));
    page.on('pageerror', (err) => problems.pageErrors.push(describePageError(err)));
    page.on('crash', () => problems.pageErrors.push('page crashed'));
  };
  context.pages().forEach(watchPage);
  context.on('page', watchPage);

  const mark = (): Problems => ({
    blockedRequests: [...problems.blockedRequests],
    consoleErrors: [...problems.consoleErrors],
    pageErrors: [...problems.pageErrors],
    cspViolations: [...problems.cspViolations],
  });

  return {
    context,
    origin,
    userDataDir,
    problems,
    mark,
    problemsSince: (m) => ({
      blockedRequests: problems.blockedRequests.slice(m.blockedRequests.length),
      consoleErrors: problems.consoleErrors.slice(m.consoleErrors.length),
      pageErrors: problems.pageErrors.slice(m.pageErrors.length),
      cspViolations: problems.cspViolations.slice(m.cspViolations.length),
    }),
    hold: (pattern) => {
      if (options.observeOnly === true) throw new Error('hold() needs routing: launch without observeOnly.');
      const hold = { pattern, waiting: [] as (() => void)[], released: false };
      holds.push(hold);
      return {
        release: () => {
          hold.released = true;
          hold.waiting.splice(0).forEach((resume) => resume());
        },
        held: () => hold.waiting.length,
      };
    },
    close: async () => {
      holds.forEach((h) => {
        h.released = true;
        h.waiting.splice(0).forEach((resume) => resume());
      });
      await context.close().catch(() => undefined);
      if (ownDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
