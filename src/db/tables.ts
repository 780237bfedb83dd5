// Table names and columns: the only identifiers SQL is built from.

/** Tables loaded from CSV files, keyed by table name. */
export const CSV_TABLES = [
  'score_rows',
  'provinces',
  'indicators',
  'plans',
  'plan_tasks',
  'task_progress',
  // Issue 20: each plan's own goals (see plan_goals below).
  'plan_goals',
  // Issue 20: an official workbook's survey indicators (none bundled; only imported).
  'survey_indicators',
  // Issue 19: when a reporting unit began or ended (the districts, abolished on 1 July 2025).
  'unit_lifetimes',
] as const;

/** A table loaded from one CSV file. */
export type TableName = (typeof CSV_TABLES)[number];

/** Bookkeeping table: one row per loaded table (name, source, is_sample, row_count, loaded_at). */
export const DATASETS_TABLE = 'datasets';

/** Column names and DuckDB types of each CSV table, in file order (types are never inferred). */
export const CSV_COLUMNS: Record<TableName, readonly (readonly [string, string])[]> = {
  score_rows: [
    ['province_code', 'VARCHAR'],
    ['year', 'INTEGER'],
    ['indicator', 'VARCHAR'],
    ['score', 'DOUBLE'],
    ['source', 'VARCHAR'],
  ],
  provinces: [
    ['code', 'VARCHAR'],
    ['name_vi', 'VARCHAR'],
    ['name_en', 'VARCHAR'],
    ['region', 'VARCHAR'],
    // Both maps of the country (data/README.md): 'old' (scored up to 2024) or 'new' (from 1 July 2025),
    // the statistics-office code, the new unit an old one became, the PAPI years a unit can be scored,
    // and whether it is a province (tỉnh) or a centrally governed city (thành phố).
    ['kind', 'VARCHAR'],
    ['nso_code', 'VARCHAR'],
    ['successor_code', 'VARCHAR'],
    ['first_year', 'INTEGER'],
    ['last_year', 'INTEGER'],
    ['unit_type', 'VARCHAR'],
  ],
  indicators: [
    ['code', 'VARCHAR'],
    ['parent', 'VARCHAR'],
    ['level', 'VARCHAR'],
    ['name_vi', 'VARCHAR'],
    ['name_en', 'VARCHAR'],
    ['min', 'DOUBLE'],
    ['max', 'DOUBLE'],
    ['first_year', 'INTEGER'],
    ['last_year', 'INTEGER'],
  ],
  plans: [
    ['plan', 'VARCHAR'],
    ['province_code', 'VARCHAR'],
    ['title_vi', 'VARCHAR'],
    ['title_en', 'VARCHAR'],
    ['issued_on', 'VARCHAR'],
    ['source', 'VARCHAR'],
    // Last, so files written before it existed differ only by a missing trailing column.
    ['target_year', 'INTEGER'],
  ],
  plan_tasks: [
    ['task_id', 'VARCHAR'],
    ['plan', 'VARCHAR'],
    ['dimension', 'VARCHAR'],
    ['subdimension', 'VARCHAR'],
    ['subdimension_label', 'VARCHAR'],
    ['task', 'VARCHAR'],
    ['executing_agencies', 'VARCHAR'],
    ['supervising_agencies', 'VARCHAR'],
    ['timeframe', 'VARCHAR'],
    ['timeframe_code', 'VARCHAR'],
  ],
  task_progress: [
    ['task_id', 'VARCHAR'],
    ['period', 'VARCHAR'],
    ['unit', 'VARCHAR'],
    ['status', 'VARCHAR'],
    ['percent', 'DOUBLE'],
    ['reported_on', 'VARCHAR'],
    ['note', 'VARCHAR'],
  ],
  // A plan's own goals, one per row, as its text sets them (domain/plan-goal.ts): the indicator (`total` or a
  // dimension's code), the kind (score | group | rank | rise) with that kind's fields, the year compared
  // against (rank, rise), the PAPI year the goal is for, and the sentence as written.
  plan_goals: [
    ['plan', 'VARCHAR'],
    ['indicator', 'VARCHAR'],
    ['kind', 'VARCHAR'],
    ['score', 'DOUBLE'],
    ['papi_group', 'VARCHAR'],
    ['places', 'INTEGER'],
    ['rise_score', 'BOOLEAN'],
    ['rise_group', 'BOOLEAN'],
    ['since_year', 'INTEGER'],
    ['target_year', 'INTEGER'],
    ['text', 'VARCHAR'],
  ],
  // Issue 20: one survey indicator (scale 0%-100%, stored as a share 0-1) of an official workbook, under
  // its sub-dimension, per province and year; never a score.
  survey_indicators: [
    ['province_code', 'VARCHAR'],
    ['year', 'INTEGER'],
    ['subdimension', 'VARCHAR'],
    ['label_vi', 'VARCHAR'],
    ['label_en', 'VARCHAR'],
    ['value', 'DOUBLE'],
    ['source', 'VARCHAR'],
  ],
  // A reporting unit of a province's plans that did not exist throughout (data/README.md): its first and last
  // day (empty: open). Its (task, unit) pairs are expected only in periods it existed in (task_pair_states).
  unit_lifetimes: [
    ['province_code', 'VARCHAR'],
    ['unit', 'VARCHAR'],
    ['started_on', 'DATE'],
    ['ended_on', 'DATE'],
    ['source', 'VARCHAR'],
  ],
};
