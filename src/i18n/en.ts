// English UI text: the same areas as vi.ts, put together in the same order.
import { backupEn } from './areas/backup.ts';
import { chartsEn } from './areas/charts.ts';
import { sqlConsoleEn } from './areas/console.ts';
import { dataViewEn } from './areas/data-view.ts';
import { dimensionsEn } from './areas/dimensions.ts';
import { exportEn } from './areas/export.ts';
import { importLimitsEn } from './areas/import-limits.ts';
import { leadershipEn } from './areas/leadership.ts';
import { mergerEn } from './areas/merger.ts';
import { nationEn } from './areas/nation.ts';
import { nationMapEn } from './areas/nation-map.ts';
import { overviewEn } from './areas/overview.ts';
import { performanceEn } from './areas/performance.ts';
import { planDocumentEn } from './areas/plan-document.ts';
import { planViewEn } from './areas/plan-view.ts';
import { quarterlyReportEn } from './areas/quarterly-report.ts';
import { reportFormsEn } from './areas/report-forms.ts';
import { scoresVsTasksEn } from './areas/scores-vs-tasks.ts';
import { shellEn } from './areas/shell.ts';
import { storageNoticeEn } from './areas/storage-notice.ts';
import { termsEn } from './areas/terms.ts';
import type { Messages } from './vi.ts';

/** English UI text; must provide exactly the Vietnamese keys. */
export const en: Messages = {
  ...shellEn,
  ...termsEn,
  ...chartsEn,
  ...overviewEn,
  ...leadershipEn,
  ...mergerEn,
  ...dimensionsEn,
  ...nationEn,
  ...planViewEn,
  ...reportFormsEn,
  ...quarterlyReportEn,
  ...scoresVsTasksEn,
  ...dataViewEn,
  ...importLimitsEn,
  ...planDocumentEn,
  ...sqlConsoleEn,
  ...exportEn,
  ...performanceEn,
  ...nationMapEn,
  ...storageNoticeEn,
  ...backupEn,
};
