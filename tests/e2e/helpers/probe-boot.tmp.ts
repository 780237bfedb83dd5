import { launchGuarded } from './browser.ts';
import { startStaticServer } from './server.ts';
import { waitForApp } from './app.ts';
const server = await startStaticServer();
for (const observeOnly of [false, true]) {
  const g = await launchGuarded({ origin: server.origin, observeOnly });
  for (let i = 0; i < 4; i++) {
    const page = await g.context.newPage();
    const t1 = Date.now();
    await page.goto(server.url);
    await waitForApp(page);
    const marks = await page.evaluate(() =>
      performance.getEntriesByType('mark').map((m) => `${m.name}@${Math.round(m.startTime)}`),
    );
    console.log(`observeOnly=${observeOnly} page ${i}: ready ${Date.now() - t1} ms`, marks.join(' '));
    await page.close();
  }
  await g.close();
}
await server.close();
