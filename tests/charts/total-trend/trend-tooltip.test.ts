import { describe, expect, it } from 'vitest';
import { buildTrendTooltipFormatter } from '../../../src/charts/total-trend/trend-tooltip.ts';
import { createI18n } from '../../../src/i18n/create-i18n.ts';
import { ATTACK_STRING } from '../render-svg.ts';
import { makeTrendPoints } from '../trend-fixture.ts';

const vi = createI18n('vi');
const tooltipAt = (year: number, province = 'Đắk Nông', i18n = vi): string =>
  buildTrendTooltipFormatter(makeTrendPoints(), province, i18n)([{ axisValue: String(year) }] as never);

describe('the trend tooltip', () => {
  it('gives the score with its rank, the national median and the number of dimensions', () => {
    const html = tooltipAt(2024);
    expect(html).toContain('<strong>2024</strong> · 8 chỉ số nội dung');
    expect(html).toContain('Đắk Nông: 40,54 (Hạng 58/61)');
    expect(html).toContain('Trung vị toàn quốc: 44,80');
  });

  it('names the group thresholds by the groups they separate, never p25/p50/p75', () => {
    const html = tooltipAt(2024);
    expect(html).toContain(
      'Ngưỡng nhóm: Thấp &lt; 43,30 ≤ Trung bình thấp &lt; 44,80 ≤ Trung bình cao &lt; 46,40 ≤ Cao',
    );
    expect(html).not.toMatch(/p25|p50|p75/);
    expect(tooltipAt(2024, 'Dak Nong', createI18n('en'))).toContain(
      'Group thresholds: Low &lt; 43.30 ≤ Lower-middle &lt; 44.80 ≤ Upper-middle &lt; 46.40 ≤ High',
    );
  });

  it('says a year is not comparable with the year before where the rows say so', () => {
    expect(tooltipAt(2018)).toContain('Không so sánh được với năm trước: 6 → 8 chỉ số nội dung');
    expect(tooltipAt(2019)).not.toContain('Không so sánh được');
    expect(tooltipAt(2011)).not.toContain('Không so sánh được');
  });

  it('says when a year has no score', () => {
    expect(tooltipAt(2013)).toContain('Đắk Nông: không có điểm');
    expect(tooltipAt(2013)).toContain('6 chỉ số nội dung');
  });

  it('escapes a hostile province name', () => {
    const html = tooltipAt(2024, ATTACK_STRING);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
