// Everything the quarterly report says, in one language, as data (pure): the Nghị định 30/2020 header, the
// summary line, sections I-III as blocks (headings, paragraphs, tables, the figures' place) and Nơi nhận.
// The counts come from the Plan view's rules (report-counts, report-follow-up); the writer only lays it out.
import { buildPairStates, type ReportedPeriod } from '../../domain/task-state-pairs.ts';
import type { ProgressProvenance } from '../../domain/types.ts';
import type { I18n } from '../../i18n/create-i18n.ts';
import type { PlanViewReport } from '../../queries/plan-view-reports.ts';
import type { PlanViewTask } from '../../queries/plan-view-tasks.ts';
import { countByAgency, countByDimension, REPORT_STATES } from './report-counts.ts';
import { listNextPeriodTasks, listOverdueByUnit, quarterAfter } from './report-follow-up.ts';

/** What the report is made from: one plan's tasks and reports, read as the Plan view reads them. */
export interface QuarterlyReportData {
  /** The province's name in the report's language. */
  provinceName: string;
  /** The province's capital, for "…, ngày … tháng … năm"; null when the data does not have it. */
  place: string | null;
  /** The tasks of one plan. */
  tasks: readonly PlanViewTask[];
  reports: readonly PlanViewReport[];
  /** The period reported on. */
  period: ReportedPeriod;
  progress: ProgressProvenance;
  /** Dimension code → official name in the report's language. */
  dimensionNames: Readonly<Record<string, string>>;
  /** The Overview's summary paragraphs for the plan's target year, as of the period. */
  summary: readonly string[];
  /** The units expected to report that sent nothing for the period (the received panel's rule). */
  missingUnits: readonly string[];
  /** The year the report is dated in. */
  year: number;
}

/** A table of the report, every cell already text. */
export interface ReportTable {
  columns: string[];
  rows: string[][];
  /** A last, bold row (the plan as a whole). */
  total?: string[];
  /** The counting rule, under the table. */
  note: string;
}

/** One block of the body, in order. */
export type ReportBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'subheading'; text: string }
  | { kind: 'paragraph'; text: string; bold?: boolean }
  | { kind: 'table'; table: ReportTable }
  /** Where the figures go (rendered by the caller, since only a browser draws them). */
  | { kind: 'figures' };

/** The whole document's words. */
export interface QuarterlyReportModel {
  lang: I18n['lang'];
  plan: string;
  period: string;
  issuerParent: string;
  issuer: string;
  nation: string;
  motto: string;
  number: string;
  placeDate: string;
  kind: string;
  summaryLine: string;
  /** Set while the progress is the bundled sample: said under the title and in the figures. */
  sampleNote: string | null;
  blocks: ReportBlock[];
  recipientsLabel: string;
  recipients: string[];
  signer: string;
}

const PLACE_UNKNOWN = '…';

/** A plan's multi-line cell as one line of a paragraph (Word would not break a run at '\n'). */
const oneLine = (text: string): string => text.replace(/\s*\n\s*/g, ' ').trim();

/** 'YYYY-MM-DD' as offices write it: dd/mm/yyyy. */
const officeDate = (iso: string): string => iso.split('-').reverse().join('/');

function dimensionTable(data: QuarterlyReportData, i18n: I18n, pairs: ReturnType<typeof buildPairStates>) {
  const { t } = i18n;
  const rowOf = (counts: ReturnType<typeof countByDimension>[number], label: string): string[] => [
    label,
    String(counts.tasks.taskCount),
    ...REPORT_STATES.map((state) => String(counts.tasks.tasks[state])),
    i18n.formatPercent(counts.pairs.completionRate),
  ];
  const counts = countByDimension(pairs);
  const table: ReportTable = {
    columns: [
      t('quarterlyReport.doc.col.dimension'),
      t('quarterlyReport.doc.col.tasks'),
      ...REPORT_STATES.map((state) => t(`planView.state.${state}`)),
      t('quarterlyReport.doc.col.completion'),
    ],
    rows: counts
      .filter((row) => row.dimension !== null)
      .map((row) =>
        rowOf(row, `${row.dimension ?? ''}. ${data.dimensionNames[row.dimension ?? ''] ?? ''}`.trim()),
      ),
    note: t('quarterlyReport.doc.dimensionNote'),
  };
  const whole = counts.find((row) => row.dimension === null);
  return whole === undefined ? table : { ...table, total: rowOf(whole, t('quarterlyReport.doc.total')) };
}

function agencyTable(data: QuarterlyReportData, i18n: I18n, pairs: ReturnType<typeof buildPairStates>) {
  const { t } = i18n;
  return {
    columns: [
      t('quarterlyReport.doc.col.agency'),
      t('quarterlyReport.doc.col.pairs'),
      t('quarterlyReport.doc.col.completion'),
      t('planView.state.done_late'),
      t('planView.state.overdue'),
      t('planView.state.not_reported'),
    ],
    rows: countByAgency(data.tasks, pairs).map((row) => [
      row.key,
      String(row.pairCount),
      i18n.formatPercent(row.completionRate),
      String(row.counts.done_late),
      String(row.counts.overdue),
      String(row.counts.not_reported),
    ]),
    note: t('quarterlyReport.doc.agencyNote'),
  } satisfies ReportTable;
}

/** The report's model for `data` in `i18n`'s language. */
export function buildQuarterlyReportModel(data: QuarterlyReportData, i18n: I18n): QuarterlyReportModel {
  const { t } = i18n;
  const plan = data.tasks[0]?.plan ?? '';
  const title = (i18n.lang === 'vi' ? data.tasks[0]?.planTitleVi : data.tasks[0]?.planTitleEn) ?? plan;
  const periodWords = i18n.formatPeriod(data.period.period);
  const pairs = buildPairStates(data.tasks, data.reports, data.period);
  const next = quarterAfter(data.period.periodEnd);
  const nextWords = i18n.formatPeriod(next.period);
  const taskById = new Map(data.tasks.map((task) => [task.taskId, task]));

  const overdue = listOverdueByUnit(data.tasks, pairs);
  const missing = data.missingUnits;
  const nextTasks = listNextPeriodTasks(data.tasks, pairs, data.period, next);

  const blocks: ReportBlock[] = [
    { kind: 'paragraph', text: t('quarterlyReport.doc.intro', { plan, title, period: periodWords }) },
    { kind: 'heading', text: t('quarterlyReport.doc.section1') },
    { kind: 'subheading', text: t('quarterlyReport.doc.summaryHeading') },
    ...data.summary.map((text): ReportBlock => ({ kind: 'paragraph', text })),
    { kind: 'subheading', text: t('quarterlyReport.doc.byDimensionHeading') },
    { kind: 'table', table: dimensionTable(data, i18n, pairs) },
    { kind: 'subheading', text: t('quarterlyReport.doc.byAgencyHeading') },
    { kind: 'table', table: agencyTable(data, i18n, pairs) },
    { kind: 'subheading', text: t('quarterlyReport.doc.figuresHeading') },
    { kind: 'figures' },
    { kind: 'heading', text: t('quarterlyReport.doc.section2') },
    { kind: 'subheading', text: t('quarterlyReport.doc.overdueHeading') },
    ...(overdue.length === 0
      ? [{ kind: 'paragraph', text: t('quarterlyReport.doc.overdueNone', { period: periodWords }) } as const]
      : overdue.map(({ unit, taskIds }): ReportBlock => ({
          kind: 'paragraph',
          text: t('quarterlyReport.doc.overdueUnit', {
            unit,
            count: taskIds.length,
            tasks: taskIds.join(', '),
          }),
        }))),
    { kind: 'subheading', text: t('quarterlyReport.doc.missingHeading', { period: periodWords }) },
    {
      kind: 'paragraph',
      text:
        missing.length === 0
          ? t('quarterlyReport.doc.missingNone', { period: periodWords })
          : t('quarterlyReport.doc.missingCount', { count: missing.length, units: missing.join(', ') }),
    },
    { kind: 'heading', text: t('quarterlyReport.doc.section3') },
    ...(nextTasks.length === 0
      ? [{ kind: 'paragraph', text: t('quarterlyReport.doc.nextNone', { period: nextWords }) } as const]
      : [
          { kind: 'paragraph', text: t('quarterlyReport.doc.nextIntro', { period: nextWords }) } as const,
          ...nextTasks.map((item): ReportBlock => {
            const task = taskById.get(item.taskId);
            const args = {
              task: item.taskId,
              text: oneLine(task?.task ?? ''),
              deadline: officeDate(item.deadline),
              agencies: oneLine(task?.executingAgencies ?? ''),
            };
            const key =
              item.reason === 'dueNext' ? 'quarterlyReport.doc.nextDue' : 'quarterlyReport.doc.nextOverdue';
            return { kind: 'paragraph', text: `- ${t(key, args)}` };
          }),
        ]),
  ];

  return {
    lang: i18n.lang,
    plan,
    period: data.period.period,
    issuerParent: t('quarterlyReport.doc.issuerParent', {
      province: data.provinceName.toLocaleUpperCase(i18n.locale),
    }),
    issuer: t('quarterlyReport.doc.issuer'),
    nation: t('quarterlyReport.doc.nation'),
    motto: t('quarterlyReport.doc.motto'),
    number: t('quarterlyReport.doc.number'),
    placeDate: t('quarterlyReport.doc.placeDate', { place: data.place ?? PLACE_UNKNOWN, year: data.year }),
    kind: t('quarterlyReport.doc.kind'),
    summaryLine: t('quarterlyReport.doc.summaryLine', { plan, period: periodWords }),
    sampleNote: data.progress.isSample ? t('quarterlyReport.doc.sample') : null,
    blocks,
    recipientsLabel: t('quarterlyReport.doc.recipients'),
    recipients: [
      t('quarterlyReport.doc.recipient1'),
      t('quarterlyReport.doc.recipient2'),
      t('quarterlyReport.doc.recipient3'),
    ],
    signer: t('quarterlyReport.doc.signer'),
  };
}
