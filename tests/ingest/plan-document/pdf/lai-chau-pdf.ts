// Lai Châu's body-form plan (the body-form tests' text) as a signed PDF prints it: a letterhead of two
// columns (issuer and number on the left, the national motto and the date on the right), the kind and the
// title centred (the title wrapping over two lines), the body wrapped at the right margin.

import { LAI_CHAU_LINES } from '../body-form/lai-chau-plan.ts';
import { buildPdf, paragraphsOf, type PdfBlock } from './build-pdf.ts';

const TITLE =
  'Nâng cao Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) của tỉnh Lai Châu năm 2025';

export const LAI_CHAU_PDF_BLOCKS: readonly PdfBlock[] = [
  { kind: 'letterhead', left: 'ỦY BAN NHÂN DÂN', right: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' },
  { kind: 'letterhead', left: 'TỈNH LAI CHÂU', right: 'Độc lập - Tự do - Hạnh phúc' },
  { kind: 'letterhead', left: 'Số: 1331/KH-UBND', right: 'Lai Châu, ngày 31 tháng 3 năm 2025' },
  ...paragraphsOf(['KẾ HOẠCH', TITLE], new Set(['KẾ HOẠCH', TITLE])),
  // The body as the .docx tests write it, from "I. MỤC ĐÍCH, YÊU CẦU" on.
  ...paragraphsOf(LAI_CHAU_LINES.slice(LAI_CHAU_LINES.indexOf('I. MỤC ĐÍCH, YÊU CẦU'))),
];

export const buildLaiChauPdf = (): Promise<Uint8Array> => buildPdf(LAI_CHAU_PDF_BLOCKS);
