// A plan's own goal, end to end in the built app (headless Chromium): a body-form plan whose aims say
// "đạt từ 45,33 điểm trở lên" is read on the Data view, its goal kept in the review and imported; the
// Overview's goal panel then checks that goal for that plan, in its words (not 474's "tăng điểm số, tăng
// nhóm"), with the total the headline shows; a reload re-applies the kept import and the check stays.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { buildBodyDocx } from '../ingest/plan-document/body-form/build-body-docx.ts';
import { LAI_CHAU_LINES } from '../ingest/plan-document/body-form/lai-chau-plan.ts';
import { APP_READY_TIMEOUT_MS, saveScreenshot } from './helpers/app.ts';
import { setupE2ESession } from './helpers/session.ts';

// A fresh page (no sharedPage): its one test imports a plan and keeps it.
const session = setupE2ESession();
const POLL = { timeout: 30_000, interval: 100 };
const nfc = (text: string | null): string => (text ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();

// Lai Châu's body-form plan, aimed at 2024 (a year with scores) instead of 2025.
const PLAN_LINES = LAI_CHAU_LINES.map((line) => line.replaceAll('2025', '2024'));
const GOAL = 'đạt từ 45,33 điểm trở lên';

async function expectOwnGoalChecked(page: Page): Promise<void> {
  const panel = page.locator('[data-testid="goal-panel"]');
  await panel.waitFor({ state: 'visible', timeout: APP_READY_TIMEOUT_MS });
  expect(nfc(await panel.locator('h2').textContent())).toBe('Mục tiêu của Kế hoạch 1331/KH-UBND');
  const row = panel.locator('[data-testid="goal-own"]');
  await expect.poll(() => row.count(), { ...POLL, timeout: APP_READY_TIMEOUT_MS }).toBe(1);
  const total = nfc(await page.locator('[data-testid="overview-total"]').textContent());
  const score = Number(total.replace(',', '.'));
  const text = nfc(await row.locator('.goal-label').textContent());
  // The verdict and the points still to go follow from the total the headline shows.
  if (score >= 45.33) {
    expect(text).toBe(`Mục tiêu: ${GOAL} — đạt (${total})`);
  } else {
    const points = (45.33 - score).toFixed(2).replace('.', ',');
    expect(text).toBe(`Mục tiêu: ${GOAL} — chưa đạt (${total}; còn ${points} điểm)`);
  }
  expect(await row.getAttribute('data-verdict')).toBe(score >= 45.33 ? 'met' : 'not_met');
  // Not 474's wording: no year-on-year rows for this plan.
  expect(await panel.locator('[data-testid="goal-score"], [data-testid="goal-group"]').count()).toBe(0);
  // The summary says the same, read without the figures' source tips.
  const summary = await page.locator('[data-testid="summary-text"]').evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[role="tooltip"]').forEach((tip) => tip.remove());
    return copy.textContent;
  });
  expect(nfc(summary)).toContain(`Mục tiêu của Kế hoạch 1331/KH-UBND: ${text.replace('Mục tiêu: ', '')}.`);
}

describe("A plan's own goal on the Overview (built app, headless Chromium)", () => {
  test('a body-form plan with "đạt từ 45,33 điểm trở lên": kept in the review, checked on the Overview, after a reload too', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(session.url('?province=P08&year=2024&lang=vi&view=data'));
    await page
      .locator('[data-testid="datasets-table"]')
      .waitFor({ state: 'visible', timeout: APP_READY_TIMEOUT_MS });
    await page.getByLabel('Nhập tệp dữ liệu', { exact: true }).setInputFiles([
      {
        name: 'ke-hoach-1331.docx',
        mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        buffer: Buffer.from(await buildBodyDocx(PLAN_LINES)),
      },
    ]);
    await page.locator('[data-testid="plan-review"]').waitFor({ state: 'visible', timeout: 30_000 });
    expect(
      await page.locator('[data-testid="plan-identity"]').getByLabel('Năm PAPI mục tiêu').inputValue(),
    ).toBe('2024');

    // The goal read, beside the sentence it was read from, kept (ticked) by default.
    const target = page.locator('[data-testid="plan-target"]');
    await expect.poll(() => target.count(), POLL).toBe(1);
    expect(nfc(await target.textContent())).toContain(`Chỉ số PAPI tổng hợp: ${GOAL} (dòng 10)`);
    expect(nfc(await target.locator('q').textContent())).toBe(
      'Phấn đấu Chỉ số PAPI năm 2024 của tỉnh đạt từ 45,33 điểm trở lên.',
    );
    const keep = page.getByRole('checkbox', {
      name: `Giữ mục tiêu: Chỉ số PAPI tổng hợp: ${GOAL} (dòng 10)`,
    });
    expect(await keep.isChecked()).toBe(true);

    await page.getByRole('button', { name: 'Xác nhận: chưa xác định' }).first().click();
    await page.getByRole('button', { name: 'Nhập kế hoạch' }).click();
    const done = page.locator('[data-testid="plan-outcome"]');
    await done.waitFor({ state: 'visible', timeout: APP_READY_TIMEOUT_MS });
    expect(nfc(await done.textContent())).toContain('Đã nhập kế hoạch 1331/KH-UBND');
    const goalsCount = page.locator('[data-testid="dataset-row"][data-table="plan_goals"] td.numeric');
    await expect.poll(() => goalsCount.textContent(), { ...POLL, timeout: APP_READY_TIMEOUT_MS }).toBe('2');

    await page.getByRole('navigation').getByRole('link', { name: 'Tổng quan' }).click();
    await expectOwnGoalChecked(page);
    await saveScreenshot(page, 'plan-goals-overview-vi-1366');

    // Kept like the plan's tasks: a reload re-applies the import, goal included.
    await page.reload();
    await expectOwnGoalChecked(page);
  });
});
