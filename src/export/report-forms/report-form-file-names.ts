// File names of the forms: ASCII, so they survive e-mail, zip tools and Windows shares; the unit and period
// are in the name for people, the workbook's hidden sheet says the same for the import.

import { slugify } from '../file-name.ts';

/** 'bieu-mau-bao-cao_474-kh-ubnd_2025-q3_huyen-cu-jut.xlsx' */
export function reportFormFileName(plan: string, period: string, unit: string): string {
  return `bieu-mau-bao-cao_${slugify(plan)}_${slugify(period)}_${slugify(unit)}.xlsx`;
}

/** 'bieu-mau-bao-cao_474-kh-ubnd_2025-q3.zip' */
export function reportFormsZipName(plan: string, period: string): string {
  return `bieu-mau-bao-cao_${slugify(plan)}_${slugify(period)}.zip`;
}

/** 'bieu-mau-bao-cao_474-kh-ubnd_2025-q3.xlsx': the workbook of all the units, a sheet each. */
export function reportFormsWorkbookName(plan: string, period: string): string {
  return `bieu-mau-bao-cao_${slugify(plan)}_${slugify(period)}.xlsx`;
}
