// Thừa Thiên Huế's plan 88/KH-UBND as a .docx, for the browser tests that drop a Word plan (Data, plan documents).

import { buildDocx } from './build-docx.ts';

/** Thừa Thiên Huế's plan in a common layout other than the seed's: roman-numeral groups, a merged dimension row. */
export function hueDocx(): Promise<Uint8Array> {
  return buildDocx({
    before: [
      'ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ',
      'Số: 88/KH-UBND',
      'Huế, ngày 2 tháng 4 năm 2024',
      'KẾ HOẠCH',
      'Nâng cao Chỉ số PAPI của tỉnh Thừa Thiên Huế năm 2024',
    ],
    rows: [
      ['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn'],
      ['I', 'CHỈ SỐ NỘI DUNG 1: THAM GIA CỦA NGƯỜI DÂN Ở CẤP CƠ SỞ', '', '', ''],
      ['1.1', 'Tri thức công dân về chính sách hiện hành', '', '', ''],
      [
        '1',
        'Tuyên truyền Luật Thực hiện dân chủ ở cơ sở',
        'Chủ tịch UBND cấp xã',
        'Sở Tư pháp',
        'Thường xuyên',
      ],
      ['2', 'Thi tìm hiểu pháp luật', 'Giám đốc Sở Tư pháp', '', 'Khi có chỉ đạo'],
      [{ text: 'Chỉ số nội dung Quản trị điện tử', span: 5 }],
      ['8.2', 'Tiếp cận và sử dụng Internet tại địa phương', '', '', ''],
      ['1', 'Phủ sóng Internet thôn bản', 'Giám đốc Sở Thông tin và Truyền thông', '', 'Quý IV/2024'],
    ],
  });
}
