// English UI text of the quarterly report (Plan view: "Xuất báo cáo quý") and the words of the document itself, laid
// The same keys as the Vietnamese source in ../quarterly-report.ts (a chunk of its own: a page in Vietnamese never loads it).
import type { quarterlyReportVi } from '../quarterly-report.ts';

export const quarterlyReportEn: { readonly [K in keyof typeof quarterlyReportVi]: string } = {
  'quarterlyReport.button': 'Export quarterly report (.docx)',
  'quarterlyReport.hint':
    "The Department of Home Affairs' report to the Provincial People's Committee on the plan's results for {period}, laid out as Decree 30/2020/NĐ-CP lays out official documents (a Word file).",
  'quarterlyReport.making': 'Making the report for {period}…',
  'quarterlyReport.made': 'Made {file}.',
  'quarterlyReport.failed': 'The report could not be made: {error}',
  'quarterlyReport.doc.issuerParent': "{province} PROVINCIAL PEOPLE'S COMMITTEE",
  'quarterlyReport.doc.issuer': 'DEPARTMENT OF HOME AFFAIRS',
  'quarterlyReport.doc.nation': 'SOCIALIST REPUBLIC OF VIETNAM',
  'quarterlyReport.doc.motto': 'Independence - Freedom - Happiness',
  'quarterlyReport.doc.number': 'No.: …/BC-SNV',
  'quarterlyReport.doc.placeDate': '{place}, … {year}',
  'quarterlyReport.doc.kind': 'REPORT',
  'quarterlyReport.doc.summaryLine': 'Results of Plan No. {plan}, {period}',
  'quarterlyReport.doc.intro':
    'Under Plan No. {plan} ({title}), the Department of Home Affairs has compiled the reports of the agencies and units and reports the results for {period} as follows:',
  'quarterlyReport.doc.sample':
    "Note: the progress figures in this report are illustrative sample data, not the units' real reports.",
  'quarterlyReport.doc.section1': 'I. RESULTS',
  'quarterlyReport.doc.summaryHeading': '1. Summary',
  'quarterlyReport.doc.byDimensionHeading': '2. Results by dimension',
  'quarterlyReport.doc.byAgencyHeading': '3. Results by executing agency',
  'quarterlyReport.doc.figuresHeading': '4. Scores and task progress',
  'quarterlyReport.doc.section2': 'II. SHORTCOMINGS',
  'quarterlyReport.doc.overdueHeading': '1. Overdue tasks not done, by the unit carrying them out',
  'quarterlyReport.doc.overdueNone': 'No task is overdue and not done as of the end of {period}.',
  'quarterlyReport.doc.overdueUnit': '- {unit}: {tasks} ({count} overdue).',
  'quarterlyReport.doc.missingHeading': '2. Units that have not reported for {period}',
  'quarterlyReport.doc.missingNone': 'Every unit has reported for {period}.',
  'quarterlyReport.doc.missingCount': 'Not yet reported ({count}): {units}.',
  'quarterlyReport.doc.section3': 'III. PRIORITIES FOR THE NEXT PERIOD',
  'quarterlyReport.doc.nextIntro': 'In {period}, the agencies and units focus on:',
  'quarterlyReport.doc.nextDue': '{task}: {text} (due {deadline}; {agencies})',
  'quarterlyReport.doc.nextOverdue':
    '{task}: {text} (overdue since {deadline}, to be finished now; {agencies})',
  'quarterlyReport.doc.nextNone':
    "No task falls due in {period}; the agencies and units continue the plan's ongoing tasks.",
  'quarterlyReport.doc.recipients': 'Recipients:',
  'quarterlyReport.doc.recipient1': "- Provincial People's Committee (for report);",
  'quarterlyReport.doc.recipient2': '- The agencies and units carrying out the plan;',
  'quarterlyReport.doc.recipient3': '- Archive: VT.',
  'quarterlyReport.doc.signer': 'DIRECTOR',
  'quarterlyReport.doc.col.dimension': 'Dimension',
  'quarterlyReport.doc.col.tasks': 'Tasks',
  'quarterlyReport.doc.col.completion': 'Completion (task-unit pairs)',
  'quarterlyReport.doc.col.agency': 'Executing agency',
  'quarterlyReport.doc.col.pairs': 'Task-unit pairs',
  'quarterlyReport.doc.total': 'Total',
  'quarterlyReport.doc.dimensionNote':
    'Tasks by state: a task counts in a state when at least one unit carrying it out is in that state (as on the Plan view). Ongoing tasks are judged period by period and count only in the completion rate. The completion rate is the share of task-unit pairs done.',
  'quarterlyReport.doc.agencyNote': "Each task-unit pair counts for each of its task's executing agencies.",
  'quarterlyReport.doc.figureCaption': 'Figure {number}. {title}',
  'quarterlyReport.doc.source': 'Source: {source}',
};
