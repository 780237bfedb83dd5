// Times the browser tests measure are reported, never asserted: a busy 2-core CI box would turn a time limit
// into a flaky test. Each goes to the console and to one line of tests/.artifacts/e2e-timings.txt (the bench,
// `npm run bench`, is where times are judged). The tests' Chromium runs V8's baseline wasm compiler only
// (browser.ts, TEST_ONLY_CHROMIUM_ARGS), so these times are slower than a user's browser: a trend, not a figure.
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS_DIR } from './server.ts';

export const TIMINGS_FILE = join(ARTIFACTS_DIR, 'e2e-timings.txt');

/** Appends `<ISO time> <what>: <ms> ms (notes)` to the timings report and prints it. */
export function reportTiming(what: string, ms: number, note = ''): void {
  const notes = [note, 'test browser, baseline wasm compiler'].filter((n) => n !== '').join('; ');
  const line = `${new Date().toISOString()} ${what}: ${ms.toFixed(1)} ms (${notes})`;
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  appendFileSync(TIMINGS_FILE, `${line}\n`);
  console.log(`[timing] ${line}`);
}
