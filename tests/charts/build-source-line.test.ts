import { describe, expect, it } from 'vitest';
import { buildSourceLine } from '../../src/charts/build-source-line.ts';
import { createI18n } from '../../src/i18n/create-i18n.ts';

const vi = createI18n('vi');
const en = createI18n('en');

describe('buildSourceLine', () => {
  it('names only PAPI when the figure shows no progress', () => {
    expect(buildSourceLine(vi.t, null)).toBe('Nguồn: CECODES & UNDP, PAPI (papi.org.vn)');
    expect(buildSourceLine(vi.t)).toBe('Nguồn: CECODES & UNDP, PAPI (papi.org.vn)');
  });

  it('says progress is an illustrative sample while it is, whatever file it came from', () => {
    const progress = { isSample: true, source: 'bundled: data/task-progress.sample.csv' };
    expect(buildSourceLine(vi.t, progress)).toBe(
      'Nguồn: CECODES & UNDP, PAPI (papi.org.vn). Tiến độ: dữ liệu minh họa, không phải báo cáo thật',
    );
    expect(buildSourceLine(en.t, progress)).toBe(
      'Source: CECODES & UNDP, PAPI (papi.org.vn). Progress: illustrative sample, not real reports',
    );
  });

  it('never claims real reports for a sample', () => {
    const line = buildSourceLine(vi.t, { isSample: true, source: null });
    expect(line).not.toContain('báo cáo thực hiện kế hoạch');
  });

  it("names an imported progress file's recorded source", () => {
    const line = buildSourceLine(en.t, { isSample: false, source: 'Sở Nội vụ, báo cáo quý 4/2025.xlsx' });
    expect(line).toBe(
      'Source: CECODES & UNDP, PAPI (papi.org.vn). Progress: Sở Nội vụ, báo cáo quý 4/2025.xlsx',
    );
  });

  it('falls back to "plan implementation reports" when real progress has no recorded source', () => {
    expect(buildSourceLine(vi.t, { isSample: false, source: '  ' })).toBe(
      'Nguồn: CECODES & UNDP, PAPI (papi.org.vn). Tiến độ: báo cáo thực hiện kế hoạch',
    );
  });
});
