import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATA_DIR, buildPapiData } from '../../data/scripts/build-papi-scores.ts';
import { parseCsvRecords } from '../../data/scripts/lib/csv.ts';
import { INDICATORS_HEADER } from '../../data/scripts/lib/indicators.ts';
import {
  SCORES_HEADER,
  columnToSubdimension,
  parseYearlyScores,
} from '../../data/scripts/lib/papi-scores.ts';
import { PROVINCES_HEADER } from '../../data/scripts/lib/provinces.ts';

const SOURCES_DIR = join(DATA_DIR, 'sources', 'papi');
let outDir = '';
let scores: Record<(typeof SCORES_HEADER)[number], string>[] = [];

const sumOf = (province: string, year: string): number =>
  scores
    .filter((r) => r.province_code === province && r.year === year)
    .reduce((total, r) => total + Number(r.score), 0);

beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'papi-build-'));
  buildPapiData(SOURCES_DIR, outDir);
  scores = parseCsvRecords(readFileSync(join(outDir, 'papi-scores.csv'), 'utf8'), SCORES_HEADER);
});

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('npm run data:build', () => {
  it.each(['papi-scores.csv', 'indicators.csv', 'provinces.csv'])(
    'reproduces the committed data/%s',
    (file) => {
      const built = readFileSync(join(outDir, file), 'utf8');
      expect(built).toBe(readFileSync(join(DATA_DIR, file), 'utf8'));
      expect(built.startsWith('\uFEFF')).toBe(false);
      expect(built).not.toContain('\r');
    },
  );

  it('writes the agreed header', () => {
    const firstLine = readFileSync(join(outDir, 'papi-scores.csv'), 'utf8').split('\n')[0];
    expect(firstLine).toBe('province_code,year,indicator,score,source');
  });

  it('adds up to the published totals', () => {
    expect(sumOf('P43', '2023').toFixed(2)).toBe('38.97');
    expect(sumOf('P43', '2022').toFixed(4)).toBe('40.5274');
    expect(sumOf('P31', '2023').toFixed(2)).toBe('46.04');
    expect(sumOf('P43', '2016').toFixed(2)).toBe('35.89');
  });

  it('writes no row for a province-year without scores', () => {
    expect(
      scores.filter((r) => r.year === '2023' && (r.province_code === 'P14' || r.province_code === 'P47')),
    ).toEqual([]);
    // 2022 Bắc Giang: only some dimensions scored, the rest are absent rather than zero.
    const bacGiang2022 = scores.filter((r) => r.year === '2022' && r.province_code === 'P15');
    expect(bacGiang2022.length).toBeGreaterThan(0);
    expect(bacGiang2022.length).toBeLessThan(28);
  });

  it('keeps the raw precision of every score', () => {
    const row = scores.find((r) => r.province_code === 'P43' && r.year === '2023' && r.indicator === '1.1');
    expect(row?.score).toBe('0.819383919');
  });

  it('keeps every score above zero and inside its sub-dimension range for that year', () => {
    // A dimension with n sub-dimensions in a year runs 1-10, so each sub-dimension runs 1/n to 10/n;
    // PAPI states the lower bound to 2 dp (0.33), and a few official scores sit between 0.33 and 1/3.
    const counts = new Map<string, Set<string>>();
    for (const r of scores) {
      const key = `${r.year}:${r.indicator.split('.')[0]}`;
      counts.set(key, (counts.get(key) ?? new Set()).add(r.indicator));
    }
    const outOfRange = scores.filter((r) => {
      const n = counts.get(`${r.year}:${r.indicator.split('.')[0]}`)?.size ?? 0;
      const score = Number(r.score);
      return !(score > 0 && score >= Math.round(100 / n) / 100 && score <= 10 / n + 1e-9);
    });
    expect(outOfRange).toEqual([]);
  });

  it('sorts by year, province and sub-dimension', () => {
    const keys = scores.map((r) => `${r.year}|${r.province_code}|${r.indicator.padStart(3, '0')}`);
    expect(keys).toEqual([...keys].sort());
  });

  it('lists the 63 old provinces with Đắk Nông as P43', () => {
    const provinces = parseCsvRecords(
      readFileSync(join(outDir, 'provinces.csv'), 'utf8'),
      PROVINCES_HEADER,
    ).filter((p) => /^P\d{2}$/.test(p.code));
    expect(provinces).toHaveLength(63);
    expect(provinces.find((p) => p.code === 'P43')).toEqual({
      code: 'P43',
      name_vi: 'Đắk Nông',
      name_en: 'Dak Nong',
      region: 'Central Highlands',
    });
  });

  it('dates each indicator from the years the raw data scores it', () => {
    const indicators = parseCsvRecords(
      readFileSync(join(outDir, 'indicators.csv'), 'utf8'),
      INDICATORS_HEADER,
    );
    const span = (code: string) => {
      const row = indicators.find((r) => r.code === code);
      return [row?.first_year, row?.last_year];
    };
    expect(indicators).toHaveLength(1 + 8 + 29);
    expect(span('2.4')).toEqual(['2018', '']);
    expect(span('5.2')).toEqual(['2011', '2020']);
    expect(span('8.3')).toEqual(['2019', '']);
    expect(span('7')).toEqual(['2018', '']);
    expect(span('total')).toEqual(['2011', '']);
  });
});

describe('parseYearlyScores', () => {
  it('maps SC columns to sub-dimension codes', () => {
    expect(columnToSubdimension('SC24')).toBe('2.4');
    expect(columnToSubdimension('Province')).toBeUndefined();
  });

  it('leaves empty cells out and rejects a zero score', () => {
    const rows = parseYearlyScores(2020, [
      ['Province', 'SC11', 'SC12'],
      ['P01', '1.5', ''],
    ]);
    expect(rows.map((r) => [r.indicator, r.score])).toEqual([['1.1', '1.5']]);
    expect(() =>
      parseYearlyScores(2020, [
        ['Province', 'SC11'],
        ['P01', '0'],
      ]),
    ).toThrow(/bad score/);
  });
});
