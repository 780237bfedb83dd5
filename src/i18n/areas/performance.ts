// UI text of the update prompt (a new version is available).
// Vietnamese is the source; the English object must provide exactly the same keys.

export const performanceVi = {
  'performance.update.available': 'Có phiên bản mới',
  'performance.update.reload': 'Tải lại',
  'performance.update.later': 'Để sau',
} as const;

export const performanceEn: { readonly [K in keyof typeof performanceVi]: string } = {
  'performance.update.available': 'A new version is available',
  'performance.update.reload': 'Reload',
  'performance.update.later': 'Later',
};
