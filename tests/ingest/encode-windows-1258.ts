// Test-only encoder for Windows-1258 (TextEncoder writes only UTF-8): builds fixtures the way
// Vietnamese Windows saves "CSV (comma delimited)", a base letter then a combining tone mark.

const TONE_MARKS = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);

const BYTE_OF_CHAR: ReadonlyMap<string, number> = (() => {
  const decoder = new TextDecoder('windows-1258');
  const map = new Map<string, number>();
  for (let byte = 0; byte < 256; byte += 1) {
    const char = decoder.decode(new Uint8Array([byte]));
    if (char !== '\ufffd' && !map.has(char)) map.set(char, byte);
  }
  return map;
})();

function encodeChar(char: string): number[] {
  const direct = BYTE_OF_CHAR.get(char);
  if (direct !== undefined) return [direct];
  const decomposed = [...char.normalize('NFD')];
  const tone = decomposed.find((mark) => TONE_MARKS.has(mark));
  const base = decomposed
    .filter((mark) => mark !== tone)
    .join('')
    .normalize('NFC');
  const baseByte = BYTE_OF_CHAR.get(base);
  const toneByte = tone === undefined ? undefined : BYTE_OF_CHAR.get(tone);
  if (baseByte === undefined || toneByte === undefined) throw new Error(`not in Windows-1258: ${char}`);
  return [baseByte, toneByte];
}

/** Encodes NFC text as Windows-1258 bytes, tones as combining marks. */
export function encodeWindows1258(text: string): Uint8Array {
  return new Uint8Array([...text.normalize('NFC')].flatMap(encodeChar));
}

/** UTF-16 bytes with a BOM, little or big endian (Excel's "Unicode text" is LE). */
export function encodeUtf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, endian === 'le');
  for (let index = 0; index < text.length; index += 1) {
    view.setUint16(2 + index * 2, text.charCodeAt(index), endian === 'le');
  }
  return bytes;
}

/** UTF-8 bytes, with the BOM Excel writes for "CSV UTF-8" when asked. */
export function encodeUtf8(text: string, withBom: boolean): Uint8Array {
  const body = new TextEncoder().encode(text);
  return withBom ? new Uint8Array([0xef, 0xbb, 0xbf, ...body]) : body;
}
