// A chart keeps its drawn option when a new spec would draw the same (the live engine's answer replacing the
// build-time seed's, a parent's re-render), and redraws on any change of what it draws.
import { describe, expect, it } from 'vitest';
import { buildSpecOption } from '../../src/charts/chart-spec.ts';
import { createTotalTrendSpec } from '../../src/charts/total-trend/total-trend-spec.ts';
import { drawsTheSame } from '../../src/components/use-drawn-inputs.ts';
import { createI18n } from '../../src/i18n/create-i18n.ts';
import { makeTrendPoints } from '../charts/trend-fixture.ts';

const vi = createI18n('vi');
const settings = { provinceName: 'Đắk Nông', source: 'Nguồn: CECODES & UNDP, PAPI (papi.org.vn)' };
const drawn = createTotalTrendSpec(makeTrendPoints(), settings);
/** The same answer as another query result would bring it: equal values, no object shared. */
const answeredAgain = () => createTotalTrendSpec(structuredClone(makeTrendPoints()), { ...settings });
/** The option as the screen draws it, with its functions (tooltip formatters) written as their source. */
const screenOption = (spec: typeof drawn) =>
  JSON.stringify(buildSpecOption(spec, { widthPx: 390, caption: 'none' }, vi), (_key, value: unknown) =>
    typeof value === 'function' ? String(value) : value,
  );

describe('drawsTheSame', () => {
  it('keeps the drawn chart for the same rows and settings answered again, whose option is the same', () => {
    const again = answeredAgain();
    expect(again.rows).not.toBe(drawn.rows);
    expect(drawsTheSame(drawn, again)).toBe(true);
    expect(screenOption(again)).toBe(screenOption(drawn));
  });

  // A rank shows only in the tooltip, whose formatter holds the rows: comparing options could not see it.
  it('redraws when a score, a rank (in the tooltip), a year or the province changes', () => {
    type Points = ReturnType<typeof makeTrendPoints>;
    const changes = [
      (points: Points) => points.map((p, i) => (i === 3 ? { ...p, score: (p.score ?? 0) + 0.01 } : p)),
      (points: Points) => points.map((p, i) => (i === 0 ? { ...p, rank: (p.rank ?? 0) + 1 } : p)),
      (points: Points) => points.slice(0, -1),
    ];
    for (const change of changes) {
      const next = createTotalTrendSpec(change(structuredClone(makeTrendPoints())), settings);
      expect(drawsTheSame(drawn, next)).toBe(false);
    }
    const otherProvince = createTotalTrendSpec(makeTrendPoints(), { ...settings, provinceName: 'Lâm Đồng' });
    expect(drawsTheSame(drawn, otherProvince)).toBe(false);
  });

  it('redraws for another builder, and for a function in the settings that is not the same function', () => {
    expect(drawsTheSame(drawn, { ...answeredAgain(), build: (...args) => drawn.build(...args) })).toBe(false);
    const withFormatter = (format: (x: number) => string) => ({
      ...drawn,
      settings: { ...settings, format },
    });
    const format = (x: number) => x.toFixed(2);
    expect(drawsTheSame(withFormatter(format), withFormatter(format))).toBe(true);
    expect(
      drawsTheSame(
        withFormatter(format),
        withFormatter((x) => x.toFixed(2)),
      ),
    ).toBe(false);
  });
});
