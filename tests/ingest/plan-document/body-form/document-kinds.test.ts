// The documents a province issues its PAPI work in: a Kế hoạch, a Quyết định with its Chương trình, a
// Chương trình or a Công văn; each read for its number, title and target year. After the 2025 merger the
// work goes to communes ("UBND cấp xã") with no district level, and the review keeps what the plan names.
import { describe, expect, it } from 'vitest';
import { readPlanIdentity } from '../../../../src/ingest/plan-document/plan-identity.ts';
import { PLAN_REFERENCE } from '../plan-reference.ts';
import { readBodyDocx, tasksOf } from './build-body-docx.ts';

const identityOf = (lines: readonly string[]) => readPlanIdentity(lines, PLAN_REFERENCE.provinces);

describe('document numbers and kinds', () => {
  it.each([
    [
      ['Số: 1331/KH-UBND', 'KẾ HOẠCH', 'Nâng cao Chỉ số PAPI tỉnh Lai Châu năm 2025'],
      '1331/KH-UBND',
      'Kế hoạch nâng cao Chỉ số PAPI tỉnh Lai Châu năm 2025',
      2025,
    ],
    [
      ['Số: 845/QĐ-UBND', 'QUYẾT ĐỊNH', 'Ban hành Chương trình cải thiện Chỉ số PAPI tỉnh Cao Bằng năm 2025'],
      '845/QĐ-UBND',
      'Quyết định ban hành Chương trình cải thiện Chỉ số PAPI tỉnh Cao Bằng năm 2025',
      2025,
    ],
    [
      ['Số:  12 /CTr-UBND', 'CHƯƠNG TRÌNH', 'Hành động nâng cao Chỉ số PAPI tỉnh Tây Ninh năm 2026'],
      '12/CTr-UBND',
      'Chương trình hành động nâng cao Chỉ số PAPI tỉnh Tây Ninh năm 2026',
      2026,
    ],
    [
      [
        'Số: 2345/UBND-NC',
        'V/v triển khai giải pháp nâng cao Chỉ số PAPI năm 2025',
        'Kính gửi: Các sở, ban, ngành',
      ],
      '2345/UBND-NC',
      'Công văn về việc triển khai giải pháp nâng cao Chỉ số PAPI năm 2025',
      2025,
    ],
  ])('%j → %s', (lines, plan, titleVi, targetYear) => {
    expect(identityOf(lines)).toMatchObject({ plan, titleVi, targetYear });
  });

  it('reads a Công văn of numbered paragraphs as a body-form plan', async () => {
    const reading = await readBodyDocx([
      'UỶ BAN NHÂN DÂN TỈNH LAI CHÂU',
      'Số: 2345/UBND-NC',
      'V/v triển khai giải pháp nâng cao Chỉ số PAPI năm 2025',
      'Lai Châu, ngày 2 tháng 6 năm 2025',
      'Kính gửi: Các sở, ban, ngành tỉnh; UBND các xã, phường.',
      'Để nâng cao Chỉ số PAPI năm 2025, UBND tỉnh yêu cầu:',
      '1. Thủ tục hành chính công: Giao UBND các xã, phường niêm yết đầy đủ thủ tục hành chính tại bộ phận một cửa.',
      '2. Quản trị điện tử: Giao Sở Khoa học và Công nghệ chủ trì hướng dẫn người dân nộp hồ sơ trực tuyến.',
    ]);
    expect(reading.ok && reading.identity).toMatchObject({ plan: '2345/UBND-NC', targetYear: 2025 });
    expect(tasksOf(reading).map((task) => [task.dimension, task.executingAgencies.join('; ')])).toEqual([
      ['5', 'UBND các xã, phường'],
      ['8', 'Sở Khoa học và Công nghệ'],
    ]);
  });
});

describe('a post-merger plan (communes, no district level)', () => {
  it('keeps "Chủ tịch UBND cấp xã" and "UBND các xã, phường" as the plan names them, adding no district', async () => {
    const reading = await readBodyDocx([
      'Số: 40/KH-UBND',
      'KẾ HOẠCH',
      'Cải thiện Chỉ số PAPI tỉnh Tây Ninh năm 2025',
      'II. NHIỆM VỤ, GIẢI PHÁP',
      '1. Tham gia của người dân ở cấp cơ sở',
      'a) Tổ chức bầu cử trưởng ấp, khu phố đúng quy định.',
      '- Cơ quan chủ trì: Chủ tịch UBND cấp xã.',
      '- Cơ quan phối hợp: Sở Nội vụ, UBND các xã, phường.',
    ]);
    const [task] = tasksOf(reading);
    expect([task?.executingAgencies, task?.supervisingAgencies]).toEqual([
      ['Chủ tịch UBND cấp xã'],
      ['Sở Nội vụ', 'UBND các xã, phường'],
    ]);
    expect(JSON.stringify(task)).not.toContain('huyện');
  });
});
