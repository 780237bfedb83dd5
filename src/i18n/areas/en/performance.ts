// English UI text of the update prompt (a new version is available).
// The same keys as the Vietnamese source in ../performance.ts (a chunk of its own: a page in Vietnamese never loads it).
import type { performanceVi } from '../performance.ts';

export const performanceEn: { readonly [K in keyof typeof performanceVi]: string } = {
  'performance.update.available': 'A new version is available',
  'performance.update.reload': 'Reload',
  'performance.update.later': 'Later',
};
