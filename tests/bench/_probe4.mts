import { waitForDataReady } from '../e2e/helpers/app.ts';
import { launchGuarded } from '../e2e/helpers/browser.ts';
import { timeIndicatorSwitches } from '../e2e/helpers/indicator-switch.ts';
import { DIST_DIR, startStaticServer } from '../e2e/helpers/server.ts';
const server = await startStaticServer({ root: DIST_DIR });
const browser = await launchGuarded({ origin: server.origin });
const page = browser.context.pages()[0] ?? (await browser.context.newPage());
await page.goto(`${server.url}?view=dimensions&province=P43&indicator=total&lang=vi`);
await waitForDataReady(page);
const codes = await page.locator('[data-testid="indicator-select"] option').evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value));
const pick = (a: number[]) => ({ total: Math.round(a[codes.length - 1] ?? 0), one: Math.round(a[0] ?? 0), six: Math.round(a[codes.indexOf('6') - 1] ?? 0), sub: Math.round(a.filter((_, i) => codes[(i + 1) % codes.length]?.includes('.')).sort((x, y) => x - y)[10] ?? 0) });
for (let r = 0; r < 3; r++) {
  console.log('as is   ', JSON.stringify(pick(await timeIndicatorSwitches(page, codes.length))));
  await page.addStyleTag({ content: '.dimensions-tasks{display:none}' });
  console.log('no tasks', JSON.stringify(pick(await timeIndicatorSwitches(page, codes.length))));
  await page.evaluate(() => document.querySelectorAll('style').forEach((s) => { if (s.textContent?.includes('dimensions-tasks{display:none}')) s.remove(); }));
}
await browser.close(); process.exit(0);
