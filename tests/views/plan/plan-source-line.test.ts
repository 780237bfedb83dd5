// The Plan view's source line names the plans, then the progress in the same words as every figure's source line.
import { describe, expect, it } from 'vitest';
import { buildSourceLine } from '../../../src/charts/build-source-line.ts';
import { createI18n } from '../../../src/i18n/create-i18n.ts';
import { buildPlanSourceLine } from '../../../src/views/plan/state-labels.ts';

const vi = createI18n('vi');
const en = createI18n('en');

describe('buildPlanSourceLine', () => {
  it('says the progress is an illustrative sample while it is, whatever file it came from', () => {
    const progress = { isSample: true, source: 'bundled: data/task-progress.sample.csv' };
    expect(buildPlanSourceLine(vi.t, ['474/KH-UBND'], progress)).toBe(
      'Nguồn: Kế hoạch 474/KH-UBND. Tiến độ: dữ liệu minh họa, không phải báo cáo thật',
    );
  });

  it("names an imported progress file's recorded source, after every plan", () => {
    const progress = { isSample: false, source: ' Sở Nội vụ, quý 4/2025.xlsx ' };
    expect(buildPlanSourceLine(en.t, ['474/KH-UBND', '12/KH-UBND'], progress)).toBe(
      'Source: Plan 474/KH-UBND, 12/KH-UBND. Progress: Sở Nội vụ, quý 4/2025.xlsx',
    );
  });

  it('falls back to "plan implementation reports" when real progress has no recorded source', () => {
    expect(buildPlanSourceLine(vi.t, ['474/KH-UBND'], { isSample: false, source: null })).toBe(
      'Nguồn: Kế hoạch 474/KH-UBND. Tiến độ: báo cáo thực hiện kế hoạch',
    );
  });

  it('words the progress exactly as a figure showing the same progress does', () => {
    for (const progress of [
      { isSample: true, source: null },
      { isSample: false, source: 'Báo cáo Sở Nội vụ.csv' },
      { isSample: false, source: '' },
    ]) {
      for (const { t } of [vi, en]) {
        const figureProgress = buildSourceLine(t, progress).split('. ').at(-1) ?? '';
        expect(buildPlanSourceLine(t, ['474/KH-UBND'], progress).endsWith(`. ${figureProgress}`)).toBe(true);
      }
    }
  });
});
