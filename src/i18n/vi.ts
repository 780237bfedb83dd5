// Vietnamese is the source language: this dictionary defines the keys every other language must provide.
// Each area's text lives in its own file under areas/; this file only puts them together.
import { backupVi } from './areas/backup.ts';
import { chartsVi } from './areas/charts.ts';
import { sqlConsoleVi } from './areas/console.ts';
import { dataViewVi } from './areas/data-view.ts';
import { dimensionsVi } from './areas/dimensions.ts';
import { exportVi } from './areas/export.ts';
import { importLimitsVi } from './areas/import-limits.ts';
import { leadershipVi } from './areas/leadership.ts';
import { mergerVi } from './areas/merger.ts';
import { nationVi } from './areas/nation.ts';
import { nationMapVi } from './areas/nation-map.ts';
import { overviewVi } from './areas/overview.ts';
import { performanceVi } from './areas/performance.ts';
import { planDocumentVi } from './areas/plan-document.ts';
import { planViewVi } from './areas/plan-view.ts';
import { quarterlyReportVi } from './areas/quarterly-report.ts';
import { reportFormsVi } from './areas/report-forms.ts';
import { scoresVsTasksVi } from './areas/scores-vs-tasks.ts';
import { shellVi } from './areas/shell.ts';
import { storageNoticeVi } from './areas/storage-notice.ts';
import { termsVi } from './areas/terms.ts';

/** Vietnamese UI text, keyed by a dotted message id; `{name}` marks an interpolated value. */
export const vi = {
  ...shellVi,
  ...termsVi,
  ...chartsVi,
  ...overviewVi,
  ...leadershipVi,
  ...mergerVi,
  ...dimensionsVi,
  ...nationVi,
  ...planViewVi,
  ...reportFormsVi,
  ...quarterlyReportVi,
  ...scoresVsTasksVi,
  ...dataViewVi,
  ...importLimitsVi,
  ...planDocumentVi,
  ...sqlConsoleVi,
  ...exportVi,
  ...performanceVi,
  ...nationMapVi,
  ...storageNoticeVi,
  ...backupVi,
} as const;

/** A message id; every language dictionary has exactly these keys. */
export type MessageKey = keyof typeof vi;

/** The shape every language dictionary must satisfy. */
export type Messages = { readonly [K in MessageKey]: string };
