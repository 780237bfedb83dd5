// Does Chromium's CPU throttling (CDP Emulation.setCPUThrottlingRate, the bench's "low-end PC") slow a dedicated
// worker, where DuckDB runs? Times one fixed loop in a worker and on the page's main thread, at full speed, with
// the page throttled 4x, then asks the worker's own target to be throttled and times again.
// Chromium 156 (Debian): the page's loop takes 4x as long, the worker's does not move, and the worker's target
// answers "Operation is only supported for pages, not workers": the slowdown cannot reach DuckDB's worker.
// Run: npx tsx tests/bench/worker-throttle-probe.ts   (a diagnosis tool, not a gate)
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/helpers/browser.ts';

const LOOP = 'let x = 0; for (let i = 0; i < 6e7; i++) x += Math.sqrt(i);';

async function main(): Promise<void> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.goto('about:blank');
    await page.evaluate((loop) => {
      const source = `onmessage = () => { const t = performance.now(); ${loop} postMessage(performance.now() - t + x * 0); }`;
      (window as unknown as { probe: Worker }).probe = new Worker(
        URL.createObjectURL(new Blob([source], { type: 'text/javascript' })),
      );
    }, LOOP);
    const time = (): Promise<{ worker: number; main: number }> =>
      page.evaluate(async (loop) => {
        const worker = (window as unknown as { probe: Worker }).probe;
        const workerMs = await new Promise<number>((resolve) => {
          worker.onmessage = (event: MessageEvent<number>) => resolve(event.data);
          worker.postMessage(0);
        });
        const start = performance.now();
        new Function(loop)();
        return { worker: Math.round(workerMs), main: Math.round(performance.now() - start) };
      }, LOOP);
    const report = async (label: string): Promise<void> => {
      const runs = [await time(), await time(), await time()];
      console.log(
        `${label}: worker ${runs.map((r) => r.worker).join(', ')} ms; main thread ${runs.map((r) => r.main).join(', ')} ms`,
      );
    };
    await report('full speed');
    const pageSession = await page.context().newCDPSession(page);
    await pageSession.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await report('page throttled 4x');

    const browserSession = await browser.newBrowserCDPSession();
    const { targetInfos } = await browserSession.send('Target.getTargets');
    const target = targetInfos.find((info) => info.type === 'worker');
    if (target === undefined) throw new Error('no worker target found');
    const { sessionId } = await browserSession.send('Target.attachToTarget', {
      targetId: target.targetId,
      flatten: false,
    });
    const answer = new Promise<string>((resolve) => {
      browserSession.on('Target.receivedMessageFromTarget', (event) => {
        if (event.message.includes('"id":1')) resolve(event.message);
      });
    });
    await browserSession.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id: 1, method: 'Emulation.setCPUThrottlingRate', params: { rate: 4 } }),
    });
    console.log(`the worker's target, asked to throttle: ${await answer}`);
    await report('page and worker asked 4x');
  } finally {
    await browser.close();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : err);
    process.exit(1);
  },
);
