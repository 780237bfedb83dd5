// A PDF chosen or dropped on the Data view's plan panel: read as a plan like a .docx, or refused with a
// message in the user's language that names the file and asks for the .docx or the pasted table.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import * as legacyPdfJs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../../src/i18n/i18n-context.tsx';
import { PlanNotice } from '../../../../src/views/data/plan-review/plan-notice.tsx';
import {
  readPlanFile,
  type PlanInputReading,
} from '../../../../src/views/data/plan-review/read-plan-input.ts';
import type { PdfJs } from '../../../../src/ingest/plan-document/pdf/read-pdf.ts';
import { PLAN_REFERENCE } from '../plan-reference.ts';
import { buildLaiChauPdf } from './lai-chau-pdf.ts';
import { buildScannedPdf } from './scanned-pdf.ts';

const readFile = (name: string, bytes: Uint8Array): Promise<PlanInputReading> =>
  readPlanFile(name, bytes, PLAN_REFERENCE, () => Promise.resolve(legacyPdfJs));

/** The refusal as the panel shows it, as text. */
function noticeText(input: PlanInputReading, lang: 'vi' | 'en'): string {
  if (input.kind === 'read' && input.reading.ok) throw new Error('not refused');
  const notice = createElement(PlanNotice, { notice: { kind: 'refused', input } });
  return renderToStaticMarkup(createElement(I18nProvider, { lang, children: notice }))
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'");
}

describe('a PDF plan file on the Data view', () => {
  it('is read by its content (the %PDF signature), whatever its name, into the plan review', async () => {
    const input = await readFile('ke-hoach-1331', await buildLaiChauPdf());
    expect(input.kind === 'read' && input.reading.ok && input.reading.tasks.length).toBe(5);
    expect(input.kind === 'read' && input.reading.ok && input.reading.identity.plan).toBe('1331/KH-UBND');
  });

  it('refuses a scan in Vietnamese and English, naming the file and asking for the .docx or the pasted table', async () => {
    const input = await readFile('ke-hoach-scan.pdf', await buildScannedPdf(2));
    expect(input).toEqual({ kind: 'pdfRefused', source: 'ke-hoach-scan.pdf', reason: 'noText', pages: 2 });
    const vi = noticeText(input, 'vi');
    expect(vi).toContain('ke-hoach-scan.pdf: tệp PDF không có lớp chữ (2 trang');
    expect(vi).toContain(
      'Hãy chọn tệp .docx của kế hoạch, hoặc sao chép bảng phụ lục rồi dán vào ô dưới đây.',
    );
    const en = noticeText(input, 'en');
    expect(en).toContain('ke-hoach-scan.pdf: the PDF has no text layer (2 pages');
    expect(en).toContain("Choose the plan's .docx file instead, or copy its appendix table and paste it");
  });

  it('offline before the PDF reader was ever downloaded, says so and how to read the plan, not that the file is bad', async () => {
    // What Chromium says when the service worker has no copy of the reader's chunk and the network is cut.
    const offline = (): Promise<never> =>
      Promise.reject(
        new TypeError(
          'Failed to fetch dynamically imported module: http://localhost/assets/first-use-pdf-reader-x.js',
        ),
      );
    const input = await readPlanFile('ke-hoach.pdf', await buildLaiChauPdf(), PLAN_REFERENCE, offline);
    expect(input).toEqual({ kind: 'readerNotDownloaded', source: 'ke-hoach.pdf', reader: 'pdf' });
    expect(noticeText(input, 'vi')).toContain(
      'ke-hoach.pdf: trình đọc PDF chưa có trên máy này và lúc này không tải được: nó được tải ở lần đọc PDF đầu tiên, khi có mạng',
    );
    expect(noticeText(input, 'en')).toContain('ke-hoach.pdf: the PDF reader is not on this device yet');
    // Any other failure of the reader is still the file's own problem, with the reader's words.
    const broken = await readPlanFile('ke-hoach.pdf', await buildLaiChauPdf(), PLAN_REFERENCE, () =>
      Promise.reject(new Error('pdf.js broke')),
    );
    expect(broken).toEqual({ kind: 'unreadable', source: 'ke-hoach.pdf', error: 'pdf.js broke' });
  });

  it("offline with the reader's chunk kept but not its worker, says the reader is missing, not that the PDF is damaged", async () => {
    // pdf.js: its worker does not start, its fallback imports the worker's file on the page, which fails alike.
    const failed = new Error(
      'Setting up fake worker failed: "Failed to fetch dynamically imported module: http://localhost/assets/first-use-pdf-reader-worker-y.mjs".',
    );
    const withoutWorker = {
      getDocument: () => ({ promise: Promise.reject(failed), destroy: () => Promise.resolve() }),
    } as unknown as PdfJs;
    const input = await readPlanFile('ke-hoach.pdf', await buildLaiChauPdf(), PLAN_REFERENCE, () =>
      Promise.resolve(withoutWorker),
    );
    expect(input).toEqual({ kind: 'readerNotDownloaded', source: 'ke-hoach.pdf', reader: 'pdf' });
  });

  it('refuses a damaged PDF with a message of its own, not as a scan', async () => {
    const input = await readFile('hong.pdf', new TextEncoder().encode('%PDF-1.4\n%%EOF'));
    expect(input).toMatchObject({ kind: 'pdfRefused', reason: 'unreadable' });
    expect(noticeText(input, 'vi')).toContain(
      'hong.pdf: không đọc được tệp PDF (tệp bị hỏng hoặc không đầy đủ)',
    );
  });
});
