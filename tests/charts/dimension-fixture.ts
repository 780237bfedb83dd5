import type { DimensionStanding } from '../../src/domain/types.ts';

const base = {
  year: 2024,
  scoredCount: 61,
  nationalMin: 3.1,
  nationalMax: 8.9,
  taskCount: 5,
  progressPeriod: '2025-Q4',
  progressIsSample: true,
  planTargetYear: 2024,
};

/** Eight dimensions, weakest first, as useDimensionStandings returns them. */
export function makeDimensionStandings(): DimensionStanding[] {
  const rows: [string, number, number, number | null][] = [
    ['8', 3.42, 4.38, 0.25],
    ['7', 3.55, 4.02, 0.4],
    ['3', 6.8, 7.15, null],
    ['4', 6.62, 6.9, 0.5],
    ['5', 6.9, 7.0, 0.6],
    ['2', 5.4, 5.35, 0.7],
    ['6', 7.4, 7.2, 0.8],
    ['1', 5.6, 5.25, 0.72],
  ];
  return rows.map(([indicator, score, median, completionRate], index) => ({
    ...base,
    indicator,
    score,
    previousScore: score - 0.2,
    comparableWithPrevious: true,
    change: score - (score - 0.2),
    rank: 61 - index * 5,
    nationalMedian: median,
    gapToMedian: score - median,
    completionRate,
    taskCount: completionRate === null ? 0 : base.taskCount,
  }));
}

export const DIMENSION_NAMES_VI: Record<string, string> = {
  '1': 'Tham gia của người dân ở cấp cơ sở',
  '2': 'Công khai, minh bạch trong việc ra quyết định ở địa phương',
  '3': 'Trách nhiệm giải trình với người dân',
  '4': 'Kiểm soát tham nhũng trong khu vực công',
  '5': 'Thủ tục hành chính công',
  '6': 'Cung ứng dịch vụ công',
  '7': 'Quản trị môi trường',
  '8': 'Quản trị điện tử',
};
