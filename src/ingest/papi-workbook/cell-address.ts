// Cells named as Excel names them, so a warning points at the cell the user can find ("F12").

/** The column letters of a 0-based column index: 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetters(columnIndex: number): string {
  let letters = '';
  for (let rest = columnIndex + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/** The address of the cell at 0-based row and column: (11, 5) → "F12". */
export const cellAddress = (rowIndex: number, columnIndex: number): string =>
  `${columnLetters(columnIndex)}${rowIndex + 1}`;
