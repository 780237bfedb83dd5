// Times the browser tests measure are reported, never asserted: a busy 2-core CI box would turn a time limit
// into a flaky test. Each goes to the console and to one line of tests/.artifacts/e2e-timings.txt (the bench,
// `npm run bench`, is where times are judged).
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS_DIR } from './server.ts';

export const TIMINGS_FILE = join(ARTIFACTS_DIR, 'e2e-timings.txt');

/** Appends `<ISO time> <what>: <ms> ms[ (note)]` to the timings report and prints it. */
export function reportTiming(what: string, ms: number, note = ''): void {
  const line = `${new Date().toISOString()} ${what}: ${ms.toFixed(1)} ms${note === '' ? '' : ` (${note})`}`;
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  appendFileSync(TIMINGS_FILE, `${line}\n`);
  console.log(`[timing] ${line}`);
}
