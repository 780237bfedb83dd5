import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATA_DIR } from '../../data/scripts/build-papi-scores.ts';
import { PLANS_HEADER, PLAN_SEED, extractPlan } from '../../data/scripts/extract-plan-tasks.ts';
import { parseCsvRecords } from '../../data/scripts/lib/csv.ts';
import { PLAN_TASKS_HEADER } from '../../src/ingest/plan-document/plan-tasks.ts';

const REPO_DIR = join(DATA_DIR, '..');
let outDir = '';
let tasks: Record<(typeof PLAN_TASKS_HEADER)[number], string>[] = [];

beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'papi-plan-'));
  extractPlan(REPO_DIR, outDir);
  tasks = parseCsvRecords(readFileSync(join(outDir, 'plan-tasks.csv'), 'utf8'), PLAN_TASKS_HEADER);
});

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const task = (id: string) => {
  const found = tasks.find((t) => t.task_id === id);
  if (!found) throw new Error(`no task ${id}`);
  return found;
};

describe('npm run data:plan on plan 474/KH-UBND', () => {
  it.each(['plan-tasks.csv', 'plans.csv'])('reproduces the committed data/%s', (file) => {
    expect(readFileSync(join(outDir, file), 'utf8')).toBe(readFileSync(join(DATA_DIR, file), 'utf8'));
  });

  it('writes the agreed headers', () => {
    expect(readFileSync(join(outDir, 'plan-tasks.csv'), 'utf8').split('\n')[0]).toBe(
      'task_id,plan,dimension,subdimension,subdimension_label,task,executing_agencies,supervising_agencies,timeframe,timeframe_code',
    );
    expect(readFileSync(join(outDir, 'plans.csv'), 'utf8').split('\n')[0]).toBe(
      'plan,province_code,title_vi,title_en,issued_on,source,target_year',
    );
  });

  it('extracts 33 tasks: one per sub-dimension row of the appendix and one per continuation row', () => {
    expect(tasks).toHaveLength(33);
    expect(new Set(tasks.map((t) => t.task_id)).size).toBe(33);
    expect(tasks.every((t) => t.plan === '474/KH-UBND')).toBe(true);
  });

  it('covers every sub-dimension code of the appendix table', () => {
    expect([...new Set(tasks.map((t) => t.subdimension))]).toEqual([
      ...['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3', '2.4', '3.1', '3.2', '3.3'],
      ...['4.1', '4.2', '4.3', '4.4', '5.1', '5.2', '5.3', '5.4', '6.1', '6.2', '6.3', '6.4'],
      ...['7.1', '7.2', '8.1', '8.2', '8.3'],
    ]);
  });

  it('keeps continuation rows under the sub-dimension above, with its label', () => {
    const counts = Object.fromEntries(
      [...new Set(tasks.map((t) => t.subdimension))].map((code) => [
        code,
        tasks.filter((t) => t.subdimension === code).length,
      ]),
    );
    const multi = Object.entries(counts).filter(([, n]) => n > 1);
    expect(Object.fromEntries(multi)).toEqual({ '3.3': 3, '4.2': 2, '6.1': 2, '7.1': 2 });
    expect(task('474-3.3-c').subdimension_label).toBe('Tiếp cận dịch vụ tư pháp');
    expect(task('474-3.3-b').executing_agencies).toBe('Chánh án Tòa án nhân dân cấp huyện');
    expect(task('474-7.1-b').task).toMatch(/^Tổ chức kiểm soát, đánh giá tác động đến môi trường/);
  });

  it('keeps the plan label of a sub-dimension even where it differs from the official PAPI name', () => {
    expect(task('474-5.2-a').subdimension_label).toBe(
      'Đo lường sự hài lòng của người dân trong giải quyết TTHC',
    );
    expect(task('474-7.2-a').subdimension_label).toBe('Chất lượng không khí và chất lượng nước');
  });

  it('gives each task the dimension its sub-dimension belongs to', () => {
    expect(tasks.filter((t) => t.subdimension.split('.')[0] !== t.dimension)).toEqual([]);
  });

  it('turns HTML bullet lists into one plain line per item', () => {
    expect(task('474-7.1-a').task.split('\n')).toEqual([
      '- Đẩy mạnh các hoạt động về bảo vệ môi trường;',
      '- Kịp thời phát hiện và xử lý nghiêm các tổ chức, cá nhân cơ sở sản xuất gây ô nhiễm, hủy hoại môi trường;',
      '- Tiếp tục xây dựng, duy trì và nhân rộng các mô hình bảo vệ môi trường, mô hình tự quản về bảo vệ môi trường hiệu quả ở địa phương;',
      '- Xử lý kịp thời các sự cố, vấn đề môi trường được thông báo và theo kiến nghị, yêu cầu của người dân.',
    ]);
    expect(task('474-8.3-a').task.split('\n')).toHaveLength(2);
    expect(task('474-8.1-a').task.split('\n')).toHaveLength(2);
    expect(tasks.filter((t) => /[<>]|&\w+;/.test(t.task))).toEqual([]);
  });

  it('does not split a dash inside a sentence', () => {
    expect(task('474-8.3-a').task).toContain('chuyên mục “hỏi - đáp” trên Cổng');
  });

  it('splits agency cells into single agencies', () => {
    expect(task('474-2.4-a').supervising_agencies).toBe(
      'Giám đốc Sở Tài chính; Giám đốc Sở Tài nguyên và Môi trường; Giám đốc Sở Xây dựng',
    );
    expect(task('474-7.1-a').executing_agencies).toBe('Chủ tịch UBND cấp huyện; Chủ tịch UBND cấp xã');
    expect(task('474-4.2-b').executing_agencies).toBe(
      'Giám đốc Sở Y tế; Giám đốc Sở Giáo dục và Đào tạo; Chủ tịch UBND cấp huyện',
    );
    expect(task('474-2.2-a').supervising_agencies).toBe('Giám đốc Sở Lao động - Thương binh và Xã hội');
    // The plan writes "sở ban, ngành" in 4.1 and 4.2 and "sở, ban, ngành" elsewhere: one group.
    expect(task('474-4.1-a').executing_agencies.split('; ')[0]).toBe('Thủ trưởng các sở, ban, ngành');
  });

  it('codes every timeframe', () => {
    const pairs = new Set(tasks.map((t) => `${t.timeframe} → ${t.timeframe_code}`));
    expect([...pairs].sort()).toEqual([
      'Hàng năm → annual',
      'Hằng năm → annual',
      'Theo Kế hoạch tuyển dụng → per-recruitment-plan',
      'Thường xuyên → continuous',
      'Trước bầu cử → before-election',
    ]);
  });

  it('links the plan to Đắk Nông, the PAPI year its title aims at and its seed document', () => {
    const [plan] = parseCsvRecords(readFileSync(join(outDir, 'plans.csv'), 'utf8'), PLANS_HEADER);
    expect(plan).toMatchObject({
      plan: '474/KH-UBND',
      province_code: 'P43',
      issued_on: '2024-07-18',
      target_year: '2024',
    });
    expect(plan?.title_vi).toBe(
      'Kế hoạch cải thiện, nâng cao Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) của tỉnh Đắk Nông năm 2024',
    );
    expect(plan?.source).toBe(PLAN_SEED);
  });
});
