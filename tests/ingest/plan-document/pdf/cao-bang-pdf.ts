// Cao Bằng's plan covering PAR INDEX, SIPAS and PAPI (the body-form tests' text) as a PDF.

import { CAO_BANG_LINES } from '../body-form/cao-bang-plan.ts';
import { buildPdf, paragraphsOf } from './build-pdf.ts';

export const buildCaoBangPdf = (): Promise<Uint8Array> =>
  buildPdf([
    { kind: 'letterhead', left: 'ỦY BAN NHÂN DÂN', right: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' },
    { kind: 'letterhead', left: 'TỈNH CAO BẰNG', right: 'Độc lập - Tự do - Hạnh phúc' },
    { kind: 'letterhead', left: 'Số: 2163/KH-UBND', right: 'Cao Bằng, ngày 12 tháng 7 năm 2025' },
    ...paragraphsOf(
      CAO_BANG_LINES.slice(CAO_BANG_LINES.indexOf('KẾ HOẠCH')),
      new Set(CAO_BANG_LINES.slice(3, 5)),
    ),
  ]);
