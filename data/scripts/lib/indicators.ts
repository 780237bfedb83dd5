/** Builds the indicators table (total, dimensions, sub-dimensions) from the structure and the data. */
import type { DimensionDef } from './papi-structure.ts';
import type { ScoreRow } from './papi-scores.ts';

export const INDICATORS_HEADER = [
  'code',
  'parent',
  'level',
  'name_vi',
  'name_en',
  'min',
  'max',
  'first_year',
  'last_year',
] as const;

interface YearSpan {
  first: number;
  last: number;
}

function measureSpans(rows: readonly ScoreRow[]): Map<string, YearSpan> {
  const spans = new Map<string, YearSpan>();
  for (const { indicator, year } of rows) {
    const span = spans.get(indicator);
    if (!span) spans.set(indicator, { first: year, last: year });
    else spans.set(indicator, { first: Math.min(span.first, year), last: Math.max(span.last, year) });
  }
  return spans;
}

const twoDecimals = (value: number): string => String(Math.round(value * 100) / 100);

/**
 * One row per indicator. Sub-dimension ranges follow the dimension's structure in the last year the
 * sub-dimension was scored (1/n to 10/n for n sub-dimensions); an empty last_year means still scored.
 */
export function buildIndicatorRows(
  dimensions: readonly DimensionDef[],
  rows: readonly ScoreRow[],
): string[][] {
  const spans = measureSpans(rows);
  const latestYear = Math.max(...rows.map((r) => r.year));
  const yearsOf = (codes: readonly string[]): YearSpan => {
    const found = codes.map((c) => spans.get(c)).filter((s): s is YearSpan => s !== undefined);
    if (found.length === 0) throw new Error(`no scores at all for ${codes.join(', ')}`);
    return { first: Math.min(...found.map((s) => s.first)), last: Math.max(...found.map((s) => s.last)) };
  };
  const lastCell = (span: YearSpan): string => (span.last === latestYear ? '' : String(span.last));
  const scoredIn = (code: string, year: number): boolean =>
    rows.some((r) => r.indicator === code && r.year === year);

  const allCodes = dimensions.flatMap((d) => d.subdimensions.map((s) => s.code));
  const total = yearsOf(allCodes);
  const out: string[][] = [
    [
      'total',
      '',
      'total',
      'Chỉ số PAPI tổng hợp',
      'PAPI total',
      '8',
      '80',
      String(total.first),
      lastCell(total),
    ],
  ];
  for (const dim of dimensions) {
    const span = yearsOf(dim.subdimensions.map((s) => s.code));
    out.push([
      dim.code,
      'total',
      'dimension',
      dim.nameVi,
      dim.nameEn,
      '1',
      '10',
      String(span.first),
      lastCell(span),
    ]);
  }
  for (const dim of dimensions) {
    for (const sub of dim.subdimensions) {
      const span = yearsOf([sub.code]);
      const siblings = dim.subdimensions.filter((s) => scoredIn(s.code, span.last)).length;
      out.push([
        sub.code,
        dim.code,
        'subdimension',
        sub.nameVi,
        sub.nameEn,
        twoDecimals(1 / siblings),
        twoDecimals(10 / siblings),
        String(span.first),
        lastCell(span),
      ]);
    }
  }
  return out;
}
