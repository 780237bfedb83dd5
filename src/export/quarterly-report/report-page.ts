// The page of an administrative document under Nghị định 30/2020/NĐ-CP (Phụ lục I): A4, Times New Roman
// 13-14 pt, margins top and bottom 20-25 mm, left 30-35 mm, right 15-20 mm. One place for the numbers the
// writer uses and the tests check.

export const PAGE_WIDTH_MM = 210;
export const PAGE_HEIGHT_MM = 297;
export const MARGIN_TOP_MM = 20;
export const MARGIN_BOTTOM_MM = 20;
export const MARGIN_LEFT_MM = 30;
export const MARGIN_RIGHT_MM = 15;
export const TEXT_WIDTH_MM = PAGE_WIDTH_MM - MARGIN_LEFT_MM - MARGIN_RIGHT_MM;

export const FONT_FACE = 'Times New Roman';
/** Body text, in points (the decree: 13-14). */
export const BODY_PT = 14;
/** The issuing body and Quốc hiệu lines (the decree: 12-13). */
export const HEADER_PT = 13;
/** Table cells and Nơi nhận (the decree allows smaller type in tables). */
export const TABLE_PT = 12;
export const RECIPIENTS_PT = 11;

/** Twentieths of a point per millimetre, as Word measures page sizes. */
export const mmToTwip = (mm: number): number => Math.round((mm * 1440) / 25.4);
/** Pixels at 96 dpi per millimetre, as docx sizes images. */
export const mmToPx = (mm: number): number => Math.round((mm * 96) / 25.4);
