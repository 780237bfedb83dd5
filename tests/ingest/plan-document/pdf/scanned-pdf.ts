// PDFs that cannot be read: pages that are only an image (a scanned plan), blank pages, a password.

import { crc32, deflateSync } from 'node:zlib';
import { PDFDocument, PDFHexString } from 'pdf-lib';

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

/**
 * A PDF that asks for a password to open: the standard security handler (RC4, revision 2) with entries
 * that no empty password matches. pdf-lib cannot encrypt; pdf.js checks the password before reading
 * anything else, so the pages themselves are left as they are.
 */
export async function buildPasswordPdf(): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  document.addPage([595, 842]);
  const { context } = document;
  const hex = (byte: string): PDFHexString => PDFHexString.of(byte.repeat(32));
  context.trailerInfo.Encrypt = context.register(
    context.obj({ Filter: 'Standard', V: 1, R: 2, Length: 40, O: hex('a5'), U: hex('5a'), P: -4 }),
  );
  context.trailerInfo.ID = context.obj([PDFHexString.of('ab'.repeat(16)), PDFHexString.of('ab'.repeat(16))]);
  return document.save({ useObjectStreams: false });
}
