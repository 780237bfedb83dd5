// The leadership questions against real DuckDB on the bundled data (and one added plan): the goal facts,
// the dimension lights, the plan's task standing and the briefing summary of Đắk Nông 2024, a province
// without a plan, and 2018 after the series break.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector.ts';
import { fetchBriefingFacts, fetchBriefingParagraphs } from '../../src/queries/briefing-summary.ts';
import { fetchDimensionLights } from '../../src/queries/dimension-lights.ts';
import { fetchPlanGoal } from '../../src/queries/plan-goal.ts';
import { fetchPlanTaskStanding } from '../../src/queries/plan-task-standing.ts';
import { createLoadedConnector } from '../helpers/data-files.ts';

let conn: Connector;
beforeAll(async () => {
  conn = await createLoadedConnector();
});
afterAll(async () => {
  await conn.close();
});

describe('fetchPlanGoal', () => {
  it('Đắk Nông 2024 against 2023: +1.57, still Low (no group step), 41.94 to reach, plan 474/KH-UBND', async () => {
    const goal = await fetchPlanGoal(conn, 'P43', 2024);
    expect(goal).toMatchObject({
      group: 'low',
      previousGroup: 'low',
      groupSteps: 0,
      rank: 58,
      scoredCount: 61,
      comparableWithPrevious: true,
      plan: '474/KH-UBND',
      otherPlan: null,
    });
    expect(goal?.total).toBeCloseTo(40.54, 2);
    expect(goal?.previousTotal).toBeCloseTo(38.97, 2);
    expect(goal?.scoreChange).toBeCloseTo(1.57, 2);
    expect(goal?.nextGroupThreshold).toBeCloseTo(41.94, 2);
  });

  it('2018 has no comparable change (6 → 8 dimensions) and points to the plan aimed at 2024', async () => {
    const goal = await fetchPlanGoal(conn, 'P43', 2018);
    expect(goal).toMatchObject({
      scoreChange: null,
      comparableWithPrevious: false,
      dimensionCount: 8,
      previousDimensionCount: 6,
      plan: null,
      otherPlan: '474/KH-UBND',
      otherPlanTargetYear: 2024,
    });
    expect(goal?.previousGroup).not.toBeNull();
  });

  it('a year without a total gives null; a province without a plan has no plan at all', async () => {
    expect(await fetchPlanGoal(conn, 'P43', 2009)).toBeNull();
    expect(await fetchPlanGoal(conn, 'P01', 2024)).toMatchObject({ plan: null, otherPlan: null });
  });
});

describe('fetchDimensionLights', () => {
  it("Đắk Nông 2024: each dimension's group among provinces, with 1 and 5 fallen", async () => {
    const rows = await fetchDimensionLights(conn, 'P43', 2024);
    expect(rows.map((r) => [r.indicator, r.group])).toEqual([
      ['1', 'lower_middle'],
      ['2', 'low'],
      ['3', 'lower_middle'],
      ['4', 'low'],
      ['5', 'low'],
      ['6', 'low'],
      ['7', 'low'],
      ['8', 'lower_middle'],
    ]);
    expect(rows.filter((r) => r.change !== null && r.change < 0).map((r) => r.indicator)).toEqual(['1', '5']);
    const d2 = rows.find((r) => r.indicator === '2');
    expect(d2?.nationalMedian).toBeCloseTo(5.33, 2);
    expect(d2?.gapToMedian).toBeCloseTo(-0.62, 2);
    expect(d2?.p75).toBeGreaterThan(d2?.nationalMedian ?? 99);
  });

  it('2021: dimension 5 was recomposed (5.2 dropped), so it has no change while the others do', async () => {
    const rows = await fetchDimensionLights(conn, 'P43', 2021);
    expect(rows.find((r) => r.indicator === '5')?.change).toBeNull();
    expect(rows.find((r) => r.indicator === '1')?.change).not.toBeNull();
  });
});

describe('fetchPlanTaskStanding', () => {
  // Q4 2025 comes after the districts ended (30 June 2025): the communes' one unit reports instead of the 8
  // districts, so the pairs are the departments' and that unit's (67) and the 3 tasks never reported.
  it('the plan aimed at 2024, as of Q4 2025 (the sample): pairs done, overdue and never-reported tasks', async () => {
    expect(await fetchPlanTaskStanding(conn, 'P43', 2024)).toEqual({
      period: '2025-Q4',
      taskCount: 33,
      pairCount: 70,
      pairsDone: 30,
      overdueTasks: 3,
      unreportedTasks: 3,
      isSample: true,
    });
  });

  it('no plan aimed at the year: nothing to count', async () => {
    expect(await fetchPlanTaskStanding(conn, 'P43', 2023)).toBeNull();
    expect(await fetchPlanTaskStanding(conn, 'P01', 2024)).toBeNull();
  });
});

describe('fetchBriefingParagraphs (the summary the briefing deck takes)', () => {
  it('Đắk Nông 2024 in Vietnamese', async () => {
    expect(await fetchBriefingParagraphs(conn, 'P43', 2024, 'vi')).toEqual([
      'Năm 2024, Đắk Nông đạt 40,54 điểm (+1,57 so với năm 2023), xếp hạng 58/61, nhóm Thấp.',
      'Mục tiêu của Kế hoạch 474/KH-UBND (tăng điểm số, tăng nhóm so với năm 2023): tăng điểm — đạt; tăng nhóm — chưa đạt (vẫn nhóm Thấp).',
      'Cần thêm 1,40 điểm để vào nhóm Trung bình thấp (ngưỡng 41,94 điểm).',
      'Dư địa lớn nhất — 3 chỉ số nội dung thấp hơn trung vị toàn quốc nhiều nhất: Kiểm soát tham nhũng trong khu vực công (−0,69), Công khai, minh bạch trong việc ra quyết định ở địa phương (−0,62), Cung ứng dịch vụ công (−0,48).',
      'Đèn tín hiệu: 5 chỉ số nội dung đỏ (nhóm Thấp), 3 vàng (Trung bình thấp), 0 xanh (nửa trên).',
      'Giảm so với năm 2023: Tham gia của người dân ở cấp cơ sở (−0,06), Thủ tục hành chính công (−0,03).',
      'Nhiệm vụ của Kế hoạch 474/KH-UBND đến Quý IV/2025 (dữ liệu minh họa): 30/70 lượt (nhiệm vụ × đơn vị) đã hoàn thành; 3/33 nhiệm vụ có phần quá hạn chưa hoàn thành; 3 nhiệm vụ chưa có báo cáo.',
    ]);
  });

  it('Đắk Nông 2024 in English', async () => {
    const paragraphs = await fetchBriefingParagraphs(conn, 'P43', 2024, 'en');
    expect(paragraphs[0]).toBe('In 2024, Dak Nong scored 40.54 (+1.57 on 2023), ranked 58/61, group Low.');
    expect(paragraphs[1]).toBe(
      'Goal of Plan 474/KH-UBND (a higher score and a higher group than in 2023): score up — met; group up — not met (still Low).',
    );
    expect(paragraphs[3]).toContain('Control of Corruption in the Public Sector (−0.69)');
  });

  it('a province without a plan (Hà Nội 2024) and a year after the break (Đắk Nông 2018), in vi and en', async () => {
    expect((await fetchBriefingParagraphs(conn, 'P01', 2024, 'vi'))[1]).toBe(
      'Chưa có kế hoạch cải thiện PAPI nào của Hà Nội được nạp, nên không có mục tiêu để đối chiếu.',
    );
    expect((await fetchBriefingParagraphs(conn, 'P01', 2024, 'en'))[1]).toBe(
      'No PAPI improvement plan of Hanoi is loaded, so there is no goal to check.',
    );
    const vi2018 = await fetchBriefingParagraphs(conn, 'P43', 2018, 'vi');
    expect(vi2018[0]).toContain(
      '(không so sánh được với năm 2017: điểm tổng hợp đổi từ 6 lên 8 chỉ số nội dung)',
    );
    expect(vi2018.at(-1)).toBe(
      'Điểm các chỉ số nội dung không so sánh được với năm 2017 (không có điểm hoặc cách tính khác).',
    );
    const en2018 = await fetchBriefingParagraphs(conn, 'P43', 2018, 'en');
    expect(en2018[1]).toBe('Plan 474/KH-UBND aims at 2024; its goal is checked against the 2024 scores.');
  });

  it('a year without a score gives one sentence, not an error', async () => {
    expect(await fetchBriefingParagraphs(conn, 'P43', 2009, 'vi')).toEqual([
      'Đắk Nông không có điểm tổng hợp năm 2009.',
    ]);
    expect((await fetchBriefingFacts(conn, 'P43', 2009)).dimensions).toEqual([]);
  });
});

describe('values are bound, never spliced', () => {
  it('a hostile province code matches nothing and leaves the tables intact', async () => {
    const hostile = "P43' OR '1'='1";
    expect(await fetchPlanGoal(conn, hostile, 2024)).toBeNull();
    expect(await fetchDimensionLights(conn, hostile, 2024)).toEqual([]);
    expect(await fetchPlanTaskStanding(conn, hostile, 2024)).toBeNull();
    expect((await fetchBriefingFacts(conn, "'; DROP TABLE provinces; --", 2024)).goal).toBeNull();
    expect((await fetchPlanGoal(conn, 'P43', 2024))?.plan).toBe('474/KH-UBND');
  });
});
