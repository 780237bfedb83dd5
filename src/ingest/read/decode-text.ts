// Bytes of a CSV saved by Excel on Vietnamese Windows → NFC text. Excel writes UTF-8 with a BOM,
// UTF-16 ("Unicode text") with a BOM, or the ANSI code page Windows-1258, whose tone marks are
// combining characters: NFC makes "Tỉnh" compare equal however it was encoded.

import { detectFileFormat, type FileFormat } from './detect-file-format.ts';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258';

export type DecodedText =
  | { readonly ok: true; readonly text: string; readonly encoding: TextEncodingName }
  | { readonly ok: false; readonly format: Exclude<FileFormat, 'text'> };

function bomEncoding(bytes: Uint8Array): TextEncodingName | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Decodes text bytes (BOM stripped, NFC); a PDF, Word file, archive or other binary is reported by its format. */
export function decodeText(bytes: Uint8Array): DecodedText {
  const format = detectFileFormat(bytes);
  if (format !== 'text') return { ok: false, format };
  const encoding = bomEncoding(bytes) ?? (isValidUtf8(bytes) ? 'utf-8' : 'windows-1258');
  // TextDecoder drops the BOM of its own encoding (ignoreBOM defaults to false).
  const text = new TextDecoder(encoding).decode(bytes);
  return { ok: true, text: text.normalize('NFC'), encoding };
}
