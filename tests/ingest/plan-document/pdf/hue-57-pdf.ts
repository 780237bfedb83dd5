// A short appendix plan printed to PDF (Thừa Thiên Huế, a layout other than the seed's): a task column
// without a label column, dimension and sub-dimension rows merged across, cells wrapping over two lines.

import { buildPdf, paragraphsOf } from './build-pdf.ts';

const TITLE = 'Nâng cao Chỉ số PAPI của tỉnh Thừa Thiên Huế năm 2024';

export const buildHue57Pdf = (): Promise<Uint8Array> =>
  buildPdf([
    { kind: 'letterhead', left: 'ỦY BAN NHÂN DÂN', right: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' },
    { kind: 'letterhead', left: 'TỈNH THỪA THIÊN HUẾ', right: 'Độc lập - Tự do - Hạnh phúc' },
    { kind: 'letterhead', left: 'Số: 57/KH-UBND', right: 'Huế, ngày 9 tháng 5 năm 2024' },
    ...paragraphsOf(['KẾ HOẠCH', TITLE], new Set(['KẾ HOẠCH', TITLE])),
    {
      kind: 'table',
      widths: [32, 190, 90, 90, 51],
      headerRows: 1,
      rows: [
        ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn'],
        [
          'I',
          { text: 'CHỈ SỐ NỘI DUNG 2: CÔNG KHAI, MINH BẠCH TRONG VIỆC RA QUYẾT ĐỊNH Ở ĐỊA PHƯƠNG', span: 4 },
        ],
        ['2.2', { text: 'Công khai danh sách hộ nghèo', span: 4 }],
        [
          '1',
          'Rà soát, niêm yết công khai danh sách hộ nghèo, hộ cận nghèo tại nhà văn hóa thôn, tổ dân phố',
          'Chủ tịch UBND cấp xã',
          'Sở Nội vụ',
          'Quý III/2024',
        ],
        ['2.3', { text: 'Công khai thu, chi ngân sách', span: 4 }],
        [
          '1',
          'Niêm yết công khai dự toán, quyết toán thu, chi ngân sách cấp xã tại trụ sở UBND cấp xã',
          'Chủ tịch UBND cấp xã',
          'Sở Tài chính',
          'Thường xuyên',
        ],
        [
          '2',
          'Đăng tải dự toán ngân sách cấp huyện trên trang thông tin điện tử của huyện',
          'Chủ tịch UBND cấp huyện',
          'Sở Tài chính',
          'Trước ngày 31/12/2024',
        ],
      ],
    },
  ]);
