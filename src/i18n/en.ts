// English UI text: the same areas as vi.ts, put together in the same order.
import { backupEn } from './areas/en/backup.ts';
import { chartsEn } from './areas/en/charts.ts';
import { sqlConsoleEn } from './areas/en/console.ts';
import { dataViewEn } from './areas/en/data-view.ts';
import { dimensionsEn } from './areas/en/dimensions.ts';
import { exportEn } from './areas/en/export.ts';
import { importLimitsEn } from './areas/en/import-limits.ts';
import { leadershipEn } from './areas/en/leadership.ts';
import { mergerEn } from './areas/en/merger.ts';
import { nationEn } from './areas/en/nation.ts';
import { nationMapEn } from './areas/en/nation-map.ts';
import { overviewEn } from './areas/en/overview.ts';
import { performanceEn } from './areas/en/performance.ts';
import { planDocumentEn } from './areas/en/plan-document.ts';
import { planViewEn } from './areas/en/plan-view.ts';
import { quarterlyReportEn } from './areas/en/quarterly-report.ts';
import { reportFormsEn } from './areas/en/report-forms.ts';
import { scoresVsTasksEn } from './areas/en/scores-vs-tasks.ts';
import { shellEn } from './areas/en/shell.ts';
import { storageNoticeEn } from './areas/en/storage-notice.ts';
import { termsEn } from './areas/en/terms.ts';
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
