// pdf.js in the browser, loaded only when a PDF plan arrives (its own chunks, not in the first download),
// with its worker served from the app's origin (Vite emits it as an asset; never a CDN).

import type { PdfJs } from './read-pdf.ts';

/** The modern pdf.js build with its self-hosted worker. */
export async function loadPdfJs(): Promise<PdfJs> {
  const [pdfjs, worker] = await Promise.all([
    import('pdfjs-dist'),
    import('pdfjs-dist/build/pdf.worker.min.mjs?url'),
  ]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  return pdfjs;
}
