import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/ingest/read/decode-text.ts';
import { detectFileFormat } from '../../src/ingest/read/detect-file-format.ts';
import { encodeUtf16, encodeUtf8, encodeWindows1258 } from './encode-windows-1258.ts';
import { readImportFixture } from './import-test-context.ts';

const TEXT = 'Tỉnh;Năm;Chỉ số;Điểm\r\nĐắk Nông;2024;Hoàn thành;38,97\r\n';
const ascii = (text: string): number[] => [...text].map((char) => char.charCodeAt(0));

describe('decodeText', () => {
  it.each([
    { quirk: 'UTF-8 without BOM', bytes: encodeUtf8(TEXT, false), encoding: 'utf-8' },
    { quirk: 'UTF-8 with BOM (Excel "CSV UTF-8")', bytes: encodeUtf8(TEXT, true), encoding: 'utf-8' },
    {
      quirk: 'UTF-16 LE with BOM (Excel "Unicode text")',
      bytes: encodeUtf16(TEXT, 'le'),
      encoding: 'utf-16le',
    },
    { quirk: 'UTF-16 BE with BOM', bytes: encodeUtf16(TEXT, 'be'), encoding: 'utf-16be' },
    {
      quirk: 'Windows-1258, tones as combining marks',
      bytes: encodeWindows1258(TEXT),
      encoding: 'windows-1258',
    },
    {
      quirk: 'UTF-8 in decomposed form (NFD)',
      bytes: encodeUtf8(TEXT.normalize('NFD'), false),
      encoding: 'utf-8',
    },
  ])('reads $quirk as the same NFC text, BOM dropped', ({ bytes, encoding }) => {
    const decoded = decodeText(bytes);
    expect(decoded).toEqual({ ok: true, text: TEXT, encoding });
  });

  it('needs full ICU: Node decodes Windows-1258 (combining hook above after "i")', () => {
    expect(new TextDecoder('windows-1258').decode(new Uint8Array([0x69, 0xd2]))).toBe('i\u0309');
  });

  it('decodes the Windows-1258 fixture to the text of the UTF-8 one (same report, other delimiter)', () => {
    const legacy = decodeText(readImportFixture('progress-windows-1258.csv'));
    const utf8 = decodeText(readImportFixture('progress-semicolon-bom-crlf.csv'));
    if (!legacy.ok || !utf8.ok) throw new Error('fixtures must decode');
    expect(legacy.encoding).toBe('windows-1258');
    expect(legacy.text.split(/[,;\r\n"]+/).filter(Boolean)).toEqual(
      utf8.text.split(/[,;\r\n"]+/).filter(Boolean),
    );
  });
});

describe('detectFileFormat', () => {
  const zipWith = (entry: string): Uint8Array =>
    new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, ...ascii(`${entry}document.xml`), 0, 1, 2]);
  const ole = (stream: string): Uint8Array =>
    new Uint8Array([
      0xd0,
      0xcf,
      0x11,
      0xe0,
      0xa1,
      0xb1,
      0x1a,
      0xe1,
      0,
      0,
      ...ascii(stream).flatMap((c) => [c, 0]),
    ]);

  it.each([
    { found: 'pdf', bytes: readImportFixture('not-a-spreadsheet.pdf') },
    { found: 'docx', bytes: zipWith('word/') },
    { found: 'xlsx', bytes: zipWith('xl/') },
    { found: 'xlsx', bytes: readImportFixture('progress-excel.xlsx') },
    { found: 'zip', bytes: zipWith('photos/') },
    { found: 'doc', bytes: ole('WordDocument') },
    { found: 'xls', bytes: ole('Workbook') },
    { found: 'binary', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) },
    { found: 'text', bytes: encodeUtf16(TEXT, 'le') },
    { found: 'text', bytes: encodeWindows1258(TEXT) },
  ])('recognises $found', ({ bytes, found }) => {
    expect(detectFileFormat(bytes)).toBe(found);
  });

  it.each(['pdf', 'docx', 'binary'] as const)(
    'returns %s as a format, never text and never a throw',
    (format) => {
      const bytes =
        format === 'pdf'
          ? readImportFixture('not-a-spreadsheet.pdf')
          : format === 'docx'
            ? zipWith('word/')
            : new Uint8Array([1, 0, 2]);
      expect(decodeText(bytes)).toEqual({ ok: false, format });
    },
  );
});
