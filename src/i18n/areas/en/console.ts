// English UI text of the SQL console: editor, schema panel, results, history and the guard's refusals.
// The same keys as the Vietnamese source in ../console.ts (a chunk of its own: a page in Vietnamese never loads it).
import type { sqlConsoleVi } from '../console.ts';

export const sqlConsoleEn: { readonly [K in keyof typeof sqlConsoleVi]: string } = {
  'console.title': 'SQL query',
  'console.showQuery': 'Show the query',
  'console.intro':
    'Write SQL (DuckDB) against the same tables the charts use. The console is read-only: the data, the settings and the imported files are never changed.',
  'console.loading': 'Loading the SQL editor…',
  'console.notDownloaded':
    'The SQL editor is not on this device yet and could not be downloaded now: it downloads the first time it is used, with a network, and works offline from then on. Connect to a network and reload the page; if "A new version is available" shows, press "Reload".',
  'console.editorLabel': 'SQL query',
  'console.run': 'Run',
  'console.runHint': 'Ctrl+Enter runs',
  'console.cancel': 'Stop',
  'console.running': 'Running…',
  'console.cancelled': 'The query was stopped.',
  'console.notReady': 'The database is not ready yet.',
  'console.summary': '{rows} rows · {ms} ms',
  'console.summaryOne': '{rows} row · {ms} ms',
  'console.truncated': 'Only the first {max} rows are shown.',
  'console.noRows': 'The query returned no rows.',
  'console.resultsLabel': 'Query result',
  'console.download': 'Download CSV',
  'console.errorTitle': 'DuckDB reported an error',
  'console.errorAt': 'Line {line}, column {column}',
  'console.refusedTitle': 'This statement is not run',
  'console.refused.empty': 'There is no query yet.',
  'console.refused.several-statements': 'Only one query runs at a time; remove what follows the semicolon.',
  'console.refused.not-a-query':
    'Only queries that read data run here (SELECT, WITH, FROM, VALUES, DESCRIBE, SUMMARIZE, SHOW); "{word}" is not allowed.',
  'console.refused.forbidden-word':
    'The keyword {word} can change the data or the settings, so it is not allowed. If it is a column name, put it in double quotes: "{lower}".',
  'console.refused.forbidden-function':
    'The function {word}() reads files or network addresses or changes state, so it is not allowed.',
  'console.refused.file-read': 'The console does not read files or network addresses ({word}).',
  'console.schemaTitle': 'Tables and views',
  'console.schemaTable': 'table',
  'console.schemaView': 'view',
  'console.examplesTitle': 'Example queries',
  'console.historyTitle': 'Recent queries',
  'console.historyEmpty': 'No queries yet.',
  'console.chartTitle': 'Quick chart',
  'console.chartType': 'Type',
  'console.chartLine': 'Line',
  'console.chartBar': 'Bar',
  'console.chartX': 'Horizontal axis',
  'console.chartY': 'Vertical axis (number)',
  'console.chartNeedsNumber': 'A chart needs at least one numeric column.',
  'console.chartSubtitle': 'From an SQL query · {rows} rows',
  'console.chartSource': "Source: SQL query on the loaded data (CECODES & UNDP, PAPI; the province's plan)",
  'console.chartSummary': '{count} points, from {min} to {max}',
  'console.table.score_rows':
    'Sub-dimension scores as loaded from the files (one row per province, year and indicator).',
  'console.table.provinces': 'Provinces and cities: code, Vietnamese and English name, region.',
  'console.table.indicators': 'The PAPI structure: total, dimensions, sub-dimensions, scales, years in use.',
  'console.table.plans': 'Plans to raise PAPI scores: province, title, date issued, target year.',
  'console.table.plan_tasks': "Each plan's tasks, by dimension and sub-dimension.",
  'console.table.plan_goals':
    "Each plan's own goals as its text sets them: indicator (total or a dimension), kind (score, group, rank, rise), target year, the sentence.",
  'console.table.task_progress':
    'Task progress reports by period and unit (sample data until real reports are imported).',
  'console.table.datasets': 'The loaded tables: source, rows, when, whether sample data.',
  'console.table.scores':
    'Scores at every level: sub-dimensions, dimensions (sum of their parts) and the total.',
  'console.table.dimension_counts': 'Number of dimensions each year (6 before 2018, 8 from 2018).',
  'console.table.indicator_comparability': 'Which years of an indicator compare with the year before.',
  'console.table.indicator_years':
    'Every indicator in every year of the data: whether it compares with the year before (not when it does not exist that year).',
  'console.table.scored_units':
    'Scores at every level with the kind of administrative unit (before or after the 2025 merger).',
  'console.table.rankings': 'Scores with the rank among scored provinces, by year and indicator.',
  'console.table.group_cuts': "The total's quartile cuts each year.",
  'console.table.indicator_standing':
    "Each province's standing on each indicator each year: rank, group, the next group's cut, the score the year before and the change.",
  'console.table.total_standing':
    'The standing by the total, with the number of dimensions that year and the year before.',
  'console.table.groups':
    "Each province's group (High, Upper middle, Lower middle, Low) and the next group's cut.",
  'console.table.national_stats': 'National median, quartiles, minimum and maximum by indicator and year.',
  'console.table.progress_reports':
    'The progress reports as every question reads them: period and its last day, a known status, the report date as a date.',
  'console.table.task_periods': 'The reporting periods in the data, with their last day.',
  'console.table.task_pair_states': 'The state of each (task, unit) pair at the end of each period.',
  'console.table.task_completion': 'Completion rates by plan, dimension, sub-dimension and period.',
  'console.table.plan_targets': 'The PAPI year each plan aims at.',
  'console.table.province_latest_periods': "Each province's latest reporting period.",
  'console.table.progress_provenance':
    'Whether the loaded progress is illustrative sample data, and its source (one row).',
  'console.table.survey_indicators':
    'Survey indicators of an imported official PAPI workbook (shares 0-1, by province, year, sub-dimension, Vietnamese and English label); not scores.',
  'console.table.unit_lifetimes':
    'Reporting units that did not exist throughout the plan: first and last day (districts until 30 June 2025); a (task, unit) pair counts only in periods its unit existed in.',
  'console.table.other': "One of the app's tables.",
  'console.example.fell': '{province}: sub-dimensions that fell two years running',
  'console.example.totals': '{province}: total, rank and group by year',
  'console.example.completion': 'Completion by dimension, latest period',
  'console.example.units': 'Average completion by unit, all plans',
  'console.example.weakest': 'Lowest-scoring provinces in the latest year',
  'console.example.big': '100,000 rows (try the result table’s speed)',
};
