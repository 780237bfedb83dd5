// The 63 provinces PAPI scored up to 2024 as a tile grid: a wide north (rows 0-5), the narrow centre coast
// (rows 6-16), a wider south (rows 16-22); Hoàng Sa beside Đà Nẵng, Trường Sa beside Khánh Hòa.
import { defineTileLayout, type TileRow } from './tile-layout.ts';

const OLD_63_TILES: readonly TileRow[] = [
  ['P08', 0, 1, 'LCh'], // Lai Châu
  ['P06', 0, 2, 'LCa'], // Lào Cai
  ['P02', 0, 3, 'HG'], // Hà Giang
  ['P03', 0, 4, 'CB'], // Cao Bằng
  ['P07', 1, 0, 'ĐB'], // Điện Biên
  ['P10', 1, 2, 'YB'], // Yên Bái
  ['P05', 1, 3, 'TQ'], // Tuyên Quang
  ['P04', 1, 4, 'BK'], // Bắc Kạn
  ['P13', 1, 5, 'LS'], // Lạng Sơn
  ['P09', 2, 1, 'SL'], // Sơn La
  ['P16', 2, 2, 'PT'], // Phú Thọ
  ['P17', 2, 3, 'VP'], // Vĩnh Phúc
  ['P12', 2, 4, 'TNg'], // Thái Nguyên
  ['P15', 2, 5, 'BG'], // Bắc Giang
  ['P14', 2, 6, 'QNi'], // Quảng Ninh
  ['P11', 3, 2, 'HB'], // Hòa Bình
  ['P01', 3, 3, 'HN'], // Hà Nội
  ['P18', 3, 4, 'BN'], // Bắc Ninh
  ['P19', 3, 5, 'HD'], // Hải Dương
  ['P20', 3, 6, 'HP'], // Hải Phòng
  ['P23', 4, 3, 'HNa'], // Hà Nam
  ['P21', 4, 4, 'HY'], // Hưng Yên
  ['P22', 4, 5, 'TB'], // Thái Bình
  ['P26', 5, 2, 'TH'], // Thanh Hóa
  ['P25', 5, 3, 'NB'], // Ninh Bình
  ['P24', 5, 4, 'NĐ'], // Nam Định
  ['P27', 6, 2, 'NA'], // Nghệ An
  ['P28', 7, 3, 'HT'], // Hà Tĩnh
  ['P29', 8, 3, 'QB'], // Quảng Bình
  ['P30', 9, 4, 'QT'], // Quảng Trị
  ['P31', 10, 4, 'Huế'], // Thừa Thiên Huế
  ['P32', 11, 5, 'ĐN'], // Đà Nẵng
  ['P33', 12, 5, 'QNa'], // Quảng Nam
  ['P40', 13, 4, 'KT'], // Kon Tum
  ['P34', 13, 5, 'QNg'], // Quảng Ngãi
  ['P41', 14, 4, 'GL'], // Gia Lai
  ['P35', 14, 5, 'BĐ'], // Bình Định
  ['P42', 15, 4, 'ĐL'], // Đắk Lắk
  ['P36', 15, 5, 'PY'], // Phú Yên
  ['P45', 16, 2, 'BP'], // Bình Phước
  ['P43', 16, 3, 'ĐNô'], // Đắk Nông
  ['P44', 16, 4, 'LĐ'], // Lâm Đồng
  ['P37', 16, 5, 'KH'], // Khánh Hòa
  ['P46', 17, 1, 'TNi'], // Tây Ninh
  ['P47', 17, 2, 'BD'], // Bình Dương
  ['P48', 17, 3, 'ĐNai'], // Đồng Nai
  ['P39', 17, 4, 'BTh'], // Bình Thuận
  ['P38', 17, 5, 'NT'], // Ninh Thuận
  ['P56', 18, 0, 'ĐT'], // Đồng Tháp
  ['P51', 18, 1, 'LA'], // Long An
  ['P50', 18, 2, 'HCM'], // TP. Hồ Chí Minh
  ['P49', 18, 3, 'BRVT'], // Bà Rịa - Vũng Tàu
  ['P57', 19, 0, 'AG'], // An Giang
  ['P52', 19, 1, 'TG'], // Tiền Giang
  ['P53', 19, 2, 'BTr'], // Bến Tre
  ['P58', 20, 0, 'KG'], // Kiên Giang
  ['P59', 20, 1, 'CT'], // Cần Thơ
  ['P55', 20, 2, 'VL'], // Vĩnh Long
  ['P54', 20, 3, 'TV'], // Trà Vinh
  ['P60', 21, 1, 'HậG'], // Hậu Giang
  ['P61', 21, 2, 'ST'], // Sóc Trăng
  ['P63', 22, 0, 'CM'], // Cà Mau
  ['P62', 22, 1, 'BL'], // Bạc Liêu
];

/** The old map (63 units, up to 2024). */
export const OLD_63_LAYOUT = defineTileLayout('old', OLD_63_TILES, [
  { id: 'hoang-sa', row: 11, col: 7, besideCode: 'P32' },
  { id: 'truong-sa', row: 16, col: 7, besideCode: 'P37' },
]);
