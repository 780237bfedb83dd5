// The console's quick chart before the user picks: a measure (score, a rate) against what it varies by.
import { describe, expect, it } from 'vitest';
import { defaultChartColumns } from '../../../src/views/data/sql-console/default-chart-columns.ts';

const col = (name: string, kind: 'number' | 'text' = 'number') => ({ name, kind });

describe('defaultChartColumns', () => {
  it('plots score by year for SELECT * FROM scores, never year by province', () => {
    const columns = [col('province_code', 'text'), col('year'), col('indicator', 'text'), col('score')];
    expect(defaultChartColumns(columns)).toEqual({ x: 1, y: 3 });
  });

  it('skips numeric keys (rank, id) for the measure and labels a group-by by its text column', () => {
    const columns = [col('rank'), col('name_vi', 'text'), col('total')];
    expect(defaultChartColumns(columns)).toEqual({ x: 1, y: 2 });
  });

  it('falls back to any other numeric column, and to none when there is no number', () => {
    expect(defaultChartColumns([col('year'), col('rank')])).toEqual({ x: 0, y: 1 });
    expect(defaultChartColumns([col('a', 'text'), col('b', 'text')])).toEqual({ x: 0, y: null });
  });
});
