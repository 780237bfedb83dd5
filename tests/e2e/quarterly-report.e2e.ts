// The quarterly report in the built app (headless Chromium): the Plan view's button, pressed from the
// keyboard, downloads a .docx whose text (mammoth) names the period and whose figures are the export's
// 1920×1080 PNGs. It only reads, so it shares one page. After every test: no foreign request, no console or
// page error (helpers/session.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, test } from 'vitest';
import { APP_READY_TIMEOUT_MS, artifactPath } from './helpers/app.ts';
import { setupE2ESession } from './helpers/session.ts';

const session = setupE2ESession({ sharedPage: true });

const nfc = (s: string | null): string => (s ?? '').normalize('NFC');
/** Width and height from a PNG's IHDR chunk. */
const pngSize = (bytes: Uint8Array): { width: number; height: number } => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
};

describe('Quarterly report (built app, headless Chromium)', () => {
  test('the Plan view writes the period as a Word file with the finished figures', async () => {
    const { page } = session;
    await session.open('?view=plan&province=P43&lang=vi');
    await page
      .locator('[data-testid="plan-view"]')
      .waitFor({ state: 'visible', timeout: APP_READY_TIMEOUT_MS });

    const button = page.getByRole('button', { name: 'Xuất báo cáo quý (.docx)' });
    await button.focus();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      page.keyboard.press('Enter'),
    ]);
    // The Plan view judges its latest period by default: Quý IV/2025 in the bundled sample.
    expect(download.suggestedFilename()).toMatch(/^bao-cao-quy_474-kh-ubnd_2025-q4_\d{4}-\d{2}-\d{2}\.docx$/);
    const bytes = readFileSync(await download.path());
    writeFileSync(artifactPath('quarterly-report.docx'), bytes);

    const text = nfc((await mammoth.extractRawText({ buffer: bytes })).value);
    expect(text).toContain('Kết quả thực hiện Kế hoạch số 474/KH-UBND Quý IV/2025');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toMatch(/dữ liệu minh họa/);

    const zip = await JSZip.loadAsync(bytes);
    const media = Object.keys(zip.files).filter((path) => path.startsWith('word/media/'));
    expect(media.length).toBeGreaterThanOrEqual(9);
    for (const path of media) {
      const png = await zip.file(path)?.async('uint8array');
      expect(pngSize(png ?? new Uint8Array(24)), path).toEqual({ width: 1920, height: 1080 });
      if (path.endsWith('image1.png'))
        writeFileSync(artifactPath('quarterly-report-figure-1.png'), png ?? '');
    }
    const status = page.locator('[data-testid="quarterly-report-status"]');
    expect(nfc(await status.textContent())).toBe(`Đã tạo ${download.suggestedFilename()}.`);
  }, 180_000);
});
