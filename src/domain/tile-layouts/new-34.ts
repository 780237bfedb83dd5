// The 34 units in force from 1 July 2025 as a tile grid, drawn like the old map (north at the top, the
// narrow centre, the wider south); Hoàng Sa beside Đà Nẵng, Trường Sa beside Khánh Hòa.
import { defineTileLayout, type TileRow } from './tile-layout.ts';

const NEW_34_TILES: readonly TileRow[] = [
  ['12', 0, 1, 'LCh'], // Lai Châu
  ['15', 0, 2, 'LCa'], // Lào Cai
  ['08', 0, 3, 'TQ'], // Tuyên Quang
  ['04', 0, 4, 'CB'], // Cao Bằng
  ['11', 1, 0, 'ĐB'], // Điện Biên
  ['14', 1, 1, 'SL'], // Sơn La
  ['25', 1, 2, 'PT'], // Phú Thọ
  ['19', 1, 3, 'TN'], // Thái Nguyên
  ['20', 1, 4, 'LS'], // Lạng Sơn
  ['22', 1, 5, 'QNi'], // Quảng Ninh
  ['01', 2, 2, 'HN'], // Hà Nội
  ['24', 2, 3, 'BN'], // Bắc Ninh
  ['31', 2, 4, 'HP'], // Hải Phòng
  ['37', 3, 2, 'NB'], // Ninh Bình
  ['33', 3, 3, 'HY'], // Hưng Yên
  ['38', 4, 2, 'TH'], // Thanh Hóa
  ['40', 5, 2, 'NA'], // Nghệ An
  ['42', 6, 3, 'HT'], // Hà Tĩnh
  ['44', 7, 3, 'QT'], // Quảng Trị
  ['46', 8, 4, 'Huế'], // Huế
  ['48', 9, 4, 'ĐN'], // Đà Nẵng
  ['51', 10, 4, 'QNg'], // Quảng Ngãi
  ['52', 11, 4, 'GL'], // Gia Lai
  ['66', 12, 4, 'ĐL'], // Đắk Lắk
  ['68', 13, 3, 'LĐ'], // Lâm Đồng
  ['56', 13, 4, 'KH'], // Khánh Hòa
  ['80', 14, 1, 'TNi'], // Tây Ninh
  ['75', 14, 2, 'ĐNai'], // Đồng Nai
  ['82', 15, 1, 'ĐT'], // Đồng Tháp
  ['79', 15, 2, 'HCM'], // TP. Hồ Chí Minh
  ['91', 16, 0, 'AG'], // An Giang
  ['92', 16, 1, 'CT'], // Cần Thơ
  ['86', 16, 2, 'VL'], // Vĩnh Long
  ['96', 17, 1, 'CM'], // Cà Mau
];

/** The new map (34 units, from 1 July 2025). */
export const NEW_34_LAYOUT = defineTileLayout('new', NEW_34_TILES, [
  { id: 'hoang-sa', row: 9, col: 6, besideCode: '48' },
  { id: 'truong-sa', row: 13, col: 6, besideCode: '56' },
]);
