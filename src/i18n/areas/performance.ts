// UI text of the update prompt (a new version is available).
// Vietnamese is the source; en/performance.ts must provide exactly the same keys.

export const performanceVi = {
  'performance.update.available': 'Có phiên bản mới',
  'performance.update.reload': 'Tải lại',
  'performance.update.later': 'Để sau',
} as const;
