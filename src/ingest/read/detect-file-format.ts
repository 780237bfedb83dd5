// Tells a spreadsheet from the other files people drop by mistake, from the first bytes (never the name).

/** What the bytes are: a workbook, text to sniff, or something that is not a spreadsheet at all. */
export type FileFormat = 'xlsx' | 'xls' | 'text' | 'pdf' | 'docx' | 'doc' | 'zip' | 'binary';

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF_SIGNATURE = [0x25, 0x50, 0x44, 0x46]; // %PDF
const SNIFF_BYTES = 8192;

const startsWith = (bytes: Uint8Array, signature: readonly number[]): boolean =>
  signature.every((byte, index) => bytes[index] === byte);

const asciiBytes = (text: string): number[] => [...text].map((char) => char.charCodeAt(0));
const utf16leBytes = (text: string): number[] => asciiBytes(text).flatMap((code) => [code, 0]);

/** True when `needle` occurs in `bytes`: ZIP and OLE directories store entry names in clear. */
function containsBytes(bytes: Uint8Array, needle: readonly number[]): boolean {
  const first = needle[0];
  for (let start = bytes.indexOf(first ?? 0); start !== -1; start = bytes.indexOf(first ?? 0, start + 1)) {
    if (start + needle.length > bytes.length) return false;
    if (needle.every((byte, offset) => bytes[start + offset] === byte)) return true;
  }
  return false;
}

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/** NUL bytes or many control characters in the first 8 KB: not text in any encoding we accept. */
function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, SNIFF_BYTES);
  let controls = 0;
  for (const byte of head) {
    if (byte === 0) return true;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) controls += 1;
  }
  return controls > head.length / 20;
}

/** Detects the file's format from its signature and, for ZIP/OLE containers, the names inside. */
export function detectFileFormat(bytes: Uint8Array): FileFormat {
  if (startsWith(bytes, PDF_SIGNATURE)) return 'pdf';
  if (startsWith(bytes, ZIP_SIGNATURE)) {
    if (containsBytes(bytes, asciiBytes('xl/'))) return 'xlsx';
    if (containsBytes(bytes, asciiBytes('word/'))) return 'docx';
    return 'zip';
  }
  if (startsWith(bytes, OLE_SIGNATURE)) {
    return containsBytes(bytes, utf16leBytes('WordDocument')) ? 'doc' : 'xls';
  }
  if (hasUtf16Bom(bytes)) return 'text';
  return looksBinary(bytes) ? 'binary' : 'text';
}
