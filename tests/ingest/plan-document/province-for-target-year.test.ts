// A plan aiming at a year after the 2025 merger is tracked against the unit that absorbed its province,
// read from the bundled lineage (data/provinces.csv).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsvRecords } from '../../../data/scripts/lib/csv.ts';
import type { PlanIdentity } from '../../../src/ingest/plan-document/plan-identity.ts';
import {
  provinceForTargetYear,
  type LineageUnit,
} from '../../../src/ingest/plan-document/province-for-target-year.ts';

const year = (text: string): number | null => (text === '' ? null : Number(text));
const PROVINCES: LineageUnit[] = parseCsvRecords(readFileSync('data/provinces.csv', 'utf8'), [
  'code',
  'successor_code',
  'first_year',
  'last_year',
] as const).map((row) => ({
  code: row.code,
  successorCode: row.successor_code === '' ? null : row.successor_code,
  firstYear: year(row.first_year),
  lastYear: year(row.last_year),
}));

const identity = (provinceCode: string, targetYear: number | null): PlanIdentity => ({
  plan: '12/KH-UBND',
  issuer: 'ỦY BAN NHÂN DÂN TỈNH ĐẮK NÔNG',
  place: 'Gia Nghĩa',
  issuedOn: '2024-12-05',
  provinceCode,
  titleVi: 'Kế hoạch cải thiện PAPI',
  targetYear,
});

describe('provinceForTargetYear', () => {
  it('moves a plan of Đắk Nông aiming at 2026 to the new Lâm Đồng (68), keeping the rest', () => {
    expect(provinceForTargetYear(identity('P43', 2026), PROVINCES)).toEqual(identity('68', 2026));
  });

  it('keeps the province the header names when it is scored in the target year', () => {
    expect(provinceForTargetYear(identity('P43', 2024), PROVINCES).provinceCode).toBe('P43');
    expect(provinceForTargetYear(identity('68', 2026), PROVINCES).provinceCode).toBe('68');
  });

  it('keeps it when there is no target year or the province is unknown', () => {
    expect(provinceForTargetYear(identity('P43', null), PROVINCES).provinceCode).toBe('P43');
    expect(provinceForTargetYear(identity('', 2026), PROVINCES).provinceCode).toBe('');
  });

  it('keeps a new unit named for a year before the merger (it has no successor to move to)', () => {
    expect(provinceForTargetYear(identity('68', 2024), PROVINCES).provinceCode).toBe('68');
  });
});
