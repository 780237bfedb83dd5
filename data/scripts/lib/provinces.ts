/** Reorders the reference province list into the app's column order. */
import { parseCsvRecords } from './csv.ts';

export const PROVINCES_HEADER = ['code', 'name_vi', 'name_en', 'region'] as const;

/** Rows of `code,name_vi,name_en,region` from the reference file (`code,name_en,name_vi,region`). */
export function buildProvinceRows(referenceCsv: string): string[][] {
  const rows = parseCsvRecords(referenceCsv, PROVINCES_HEADER).map((r) =>
    PROVINCES_HEADER.map((column) => {
      const value = r[column];
      if (value.trim() === '') throw new Error(`province row without ${column}`);
      return value.trim().normalize('NFC');
    }),
  );
  return rows.sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
}
