import { describe, expect, it } from 'vitest';
import {
  buildGapTooltipFormatter,
  describeCompletion,
} from '../../../src/charts/dimension-gap/gap-tooltip.ts';
import { createI18n } from '../../../src/i18n/create-i18n.ts';
import { DIMENSION_NAMES_VI, makeDimensionStandings } from '../dimension-fixture.ts';
import { ATTACK_STRING } from '../render-svg.ts';

const vi = createI18n('vi');
const tooltip = (dataIndex: number, names = DIMENSION_NAMES_VI, i18n = vi): string =>
  buildGapTooltipFormatter(makeDimensionStandings(), names, i18n)({ dataIndex } as never);

describe('the gap tooltip', () => {
  it('explains a bar: score, rank, national median, spread and completion', () => {
    const html = tooltip(0);
    expect(html).toContain('<strong>8. Quản trị điện tử</strong>');
    expect(html).toContain('Điểm: 3,42');
    expect(html).toContain('Hạng: 61/61');
    expect(html).toContain('Trung vị toàn quốc: 4,38');
    expect(html).toContain('Thấp nhất: 3,10');
    expect(html).toContain('Cao nhất: 8,90');
    expect(html).toContain('Hoàn thành nhiệm vụ: 25% (kỳ Quý IV/2025) · Dữ liệu minh họa');
  });

  it('writes the period as offices do, in English too', () => {
    expect(tooltip(0, DIMENSION_NAMES_VI, createI18n('en'))).toContain(
      'Tasks completed: 25% (period Q4 2025)',
    );
  });

  it('escapes a hostile dimension name', () => {
    const html = tooltip(0, { ...DIMENSION_NAMES_VI, '8': ATTACK_STRING });
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('describeCompletion', () => {
  const [row] = makeDimensionStandings();
  if (row === undefined) throw new Error('no fixture row');
  const none = { ...row, completionRate: null, taskCount: 0 };

  it('says the plan has no task for a dimension without tasks', () => {
    expect(describeCompletion(none, vi)).toBe('chưa có kế hoạch');
  });

  it('says no plan is loaded for the province', () => {
    expect(describeCompletion({ ...none, planTargetYear: null }, vi)).toBe(
      'chưa có kế hoạch cải thiện nào cho tỉnh',
    );
  });

  it('says progress belongs next to the plan’s target year when another year is shown', () => {
    expect(describeCompletion({ ...none, year: 2015, taskCount: 5 }, vi)).toBe(
      'chỉ hiển thị cạnh điểm năm 2024, năm mục tiêu của kế hoạch',
    );
  });
});
