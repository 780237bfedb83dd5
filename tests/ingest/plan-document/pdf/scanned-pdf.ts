// PDFs without a text layer: pages that are only an image (a scanned plan), or blank pages.

import { crc32, deflateSync } from 'node:zlib';
import { PDFDocument } from 'pdf-lib';

/** A grey PNG of `width` × `height` pixels with a darker band (as a scanned line of text would be). */
function scanPng(width: number, height: number): Uint8Array {
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const check = Buffer.alloc(4);
    check.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, check]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(0, 9); // greyscale
  const rows = Array.from({ length: height }, (_, y) =>
    Buffer.concat([Buffer.from([0]), Buffer.alloc(width, y % 20 < 4 ? 40 : 230)]),
  );
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A plan scanned to PDF: `pages` pages, each one image covering the page, no text. */
export async function buildScannedPdf(pages: number): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const image = await document.embedPng(scanPng(120, 170));
  for (let index = 0; index < pages; index += 1)
    document.addPage([595, 842]).drawImage(image, { x: 0, y: 0, width: 595, height: 842 });
  return document.save();
}

/** A PDF of one blank page. */
export async function buildBlankPdf(): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  document.addPage([595, 842]);
  return document.save();
}
