// The derived views every query reads. Rules (see PRODUCT.md and papi-reference/README.md):
// - a dimension's score is the sum of its sub-dimensions, present only when the province-year has
//   every sub-dimension that exists that year (exists = scored for any province that year: 2.4 from
//   2018, 5.2 until 2020, 8.3 from 2019);
// - the total is the sum of the dimensions, present only when every dimension that exists that year
//   is present (6 before 2018, 8 from 2018);
// - missing stays missing (no row), never 0.
// - comparability across years, the latest reported period and whether progress is sample data are
//   decided here, once (see indicator_comparability, indicator_years, province_latest_periods and
//   progress_provenance).
// `scores`, `dimension_counts`, `indicator_comparability`, `rankings`, `national_stats`, `indicator_standing`,
// `task_pair_states` and `task_completion` are materialised because every screen reads them (data only changes on load; a load rebuilds
// those that read what it changed: derivedStatementsAfter); the rest are views.
// Constant names say what each statement creates: *_TABLE_SQL, *_VIEW_SQL, *_MACRO_SQL.

/** Period label → the last day it covers: '2024-Q3' → 2024-09-30, '2024-H1' → 2024-06-30, '2024-09' → 2024-09-30, '2024' → 2024-12-31; else NULL. */
const PERIOD_END_MACRO_SQL = String.raw`
CREATE OR REPLACE MACRO papi_period_end(p) AS (
  CASE
    WHEN regexp_full_match(trim(p), '\d{4}-[Qq][1-4]')
      THEN last_day(make_date(CAST(left(trim(p), 4) AS INTEGER), CAST(right(trim(p), 1) AS INTEGER) * 3, 1))
    WHEN regexp_full_match(trim(p), '\d{4}-[Hh][12]')
      THEN last_day(make_date(CAST(left(trim(p), 4) AS INTEGER), CAST(right(trim(p), 1) AS INTEGER) * 6, 1))
    WHEN regexp_full_match(trim(p), '\d{4}-(0[1-9]|1[0-2])')
      THEN last_day(make_date(CAST(left(trim(p), 4) AS INTEGER), CAST(right(trim(p), 2) AS INTEGER), 1))
    WHEN regexp_full_match(trim(p), '\d{4}')
      THEN make_date(CAST(trim(p) AS INTEGER), 12, 31)
    ELSE NULL
  END
)`;

/** Period label → the first day it covers: '2024-Q3' → 2024-07-01, '2024-H2' → 2024-07-01, '2024-09' → 2024-09-01, '2024' → 2024-01-01; else NULL. */
const PERIOD_START_MACRO_SQL = String.raw`
CREATE OR REPLACE MACRO papi_period_start(p) AS (
  CASE
    WHEN regexp_full_match(trim(p), '\d{4}-[Qq][1-4]')
      THEN make_date(CAST(left(trim(p), 4) AS INTEGER), CAST(right(trim(p), 1) AS INTEGER) * 3 - 2, 1)
    WHEN regexp_full_match(trim(p), '\d{4}-[Hh][12]')
      THEN make_date(CAST(left(trim(p), 4) AS INTEGER), CAST(right(trim(p), 1) AS INTEGER) * 6 - 5, 1)
    WHEN regexp_full_match(trim(p), '\d{4}-(0[1-9]|1[0-2])')
      THEN make_date(CAST(left(trim(p), 4) AS INTEGER), CAST(right(trim(p), 2) AS INTEGER), 1)
    WHEN regexp_full_match(trim(p), '\d{4}')
      THEN make_date(CAST(trim(p) AS INTEGER), 1, 1)
    ELSE NULL
  END
)`;

/** Months a period label covers: quarter 3, half 6, month 1, year 12; else NULL (orders periods that end on the same day). */
const PERIOD_MONTHS_MACRO_SQL = String.raw`
CREATE OR REPLACE MACRO papi_period_months(p) AS (
  CASE
    WHEN regexp_full_match(trim(p), '\d{4}-[Qq][1-4]') THEN 3
    WHEN regexp_full_match(trim(p), '\d{4}-[Hh][12]') THEN 6
    WHEN regexp_full_match(trim(p), '\d{4}-(0[1-9]|1[0-2])') THEN 1
    WHEN regexp_full_match(trim(p), '\d{4}') THEN 12
    ELSE NULL
  END
)`;

// Rebuilt by year. A score row of year Y counts only in year Y's scores, ranks and national figures, and in the
// standing of Y and of Y + 1 (which compares with the year before). So an import of score rows rebuilds those
// tables for the years whose rows it changed (listed in CHANGED_YEARS_TABLE), not for all sixteen years; the
// smaller tables that follow the score rows (dimension_counts, indicator_comparability) are rebuilt whole.
// tests/db/derived-by-year.test.ts holds a rebuild by year to a whole one.

/** The years whose score rows changed (one column, `year`): filled by whoever asks for a rebuild by year. */
export const CHANGED_YEARS_TABLE = 'changed_years';

/** A condition on a year column: every year (a whole build), or the changed years shifted by `shifts`. */
type YearFilter = (column: string, shifts?: readonly number[]) => string;

const EVERY_YEAR: YearFilter = () => 'true';

const CHANGED_YEARS: YearFilter = (column, shifts = [0]) =>
  `${column} IN (SELECT year + shift FROM ${CHANGED_YEARS_TABLE}, (VALUES ${shifts.map((shift) => `(${shift})`).join(', ')}) AS shifted(shift))`;

/** The standing of a year compares it with the year before; so its rows of Y and Y + 1 follow Y's score rows. */
const STANDING_ROWS_YEARS = [0, 1];
/** What those rows read: their own years and the years before them. */
const STANDING_READS_YEARS = [...new Set(STANDING_ROWS_YEARS.flatMap((shift) => [shift - 1, shift]))];

// Sources of a summed score: its rows' distinct sources, sorted, joined with '; ' (a list rather than
// string_agg(DISTINCT … ORDER BY …), whose per-group sort made this the slowest statement of the load).
// Imported files may also carry dimension or total rows (e.g. a wide sheet with only totals):
// those are used where the sub-dimensions do not give a value, never in place of one.
const scoresSelect = (years: YearFilter): string => String.raw`
WITH valid AS (
  SELECT province_code, year, trim(indicator) AS indicator, score, source
  FROM score_rows WHERE score IS NOT NULL AND ${years('year')}
),
sub AS (
  SELECT province_code, year, indicator, score, source, split_part(indicator, '.', 1) AS dimension
  FROM valid WHERE regexp_full_match(indicator, '\d+\.\d+')
),
sub_structure AS (
  SELECT year, dimension, count(DISTINCT indicator) AS sub_count FROM sub GROUP BY year, dimension
),
summed_dims AS (
  SELECT s.province_code, s.year, s.dimension AS indicator, sum(s.score) AS score,
         nullif(array_to_string(list_sort(list_distinct(list(s.source))), '; '), '') AS source
  FROM sub s
  JOIN sub_structure st ON st.year = s.year AND st.dimension = s.dimension
  GROUP BY s.province_code, s.year, s.dimension, st.sub_count
  HAVING count(DISTINCT s.indicator) = st.sub_count
),
dims AS (
  SELECT * FROM summed_dims
  UNION ALL
  SELECT v.province_code, v.year, v.indicator, v.score, v.source
  FROM valid v
  WHERE regexp_full_match(v.indicator, '\d+')
    AND NOT EXISTS (SELECT 1 FROM summed_dims d
                    WHERE d.province_code = v.province_code AND d.year = v.year AND d.indicator = v.indicator)
),
dim_structure AS (
  SELECT year, count(DISTINCT indicator) AS dimension_count FROM dims GROUP BY year
),
summed_totals AS (
  SELECT d.province_code, d.year, 'total' AS indicator, sum(d.score) AS score,
         nullif(array_to_string(list_sort(list_distinct(list(d.source))), '; '), '') AS source
  FROM dims d
  JOIN dim_structure ds ON ds.year = d.year
  GROUP BY d.province_code, d.year, ds.dimension_count
  HAVING count(*) = ds.dimension_count
),
totals AS (
  SELECT * FROM summed_totals
  UNION ALL
  SELECT v.province_code, v.year, 'total', v.score, v.source
  FROM valid v
  WHERE lower(v.indicator) = 'total'
    AND NOT EXISTS (SELECT 1 FROM summed_totals t WHERE t.province_code = v.province_code AND t.year = v.year)
)
SELECT province_code, year, indicator, 'subdimension' AS level, score, source FROM sub
UNION ALL
SELECT province_code, year, indicator, 'dimension' AS level, score, source FROM dims
UNION ALL
SELECT province_code, year, indicator, 'total' AS level, score, source FROM totals`;

/** How many dimensions each year has (6 before 2018, 8 from 2018), from the data itself. */
const DIMENSION_COUNTS_TABLE_SQL = `
CREATE OR REPLACE TABLE dimension_counts AS
SELECT year, count(DISTINCT indicator)::INTEGER AS dimension_count
FROM scores WHERE level = 'dimension' GROUP BY year`;

// Comparability, decided here only: year y of an indicator is comparable with y - 1 when both years
// are in the data with the same number of dimensions and, for a dimension or a sub-dimension, the
// dimension has the same set of sub-dimensions both years (from indicators.first_year/last_year).
// So the total breaks at 2018 (6 → 8 dimensions), dimension 2 at 2018 (2.4 added), dimension 8 at
// 2019 (8.3 added), dimension 5 at 2021 (5.2 dropped); a sub-dimension follows its dimension.
const INDICATOR_COMPARABILITY_TABLE_SQL = `
CREATE OR REPLACE TABLE indicator_comparability AS
WITH defined AS (
  SELECT i.code AS indicator, i.level, i.parent, dc.year, dc.dimension_count
  FROM indicators i
  JOIN dimension_counts dc
    ON dc.year >= coalesce(i.first_year, dc.year) AND dc.year <= coalesce(i.last_year, dc.year)
),
subdimension_sets AS (
  SELECT parent AS dimension, year, list_sort(list(indicator)) AS subdimensions
  FROM defined WHERE level = 'subdimension' GROUP BY parent, year
),
structure AS (
  SELECT d.indicator, d.level, d.year, d.dimension_count, s.subdimensions
  FROM defined d
  LEFT JOIN subdimension_sets s
    ON s.year = d.year
   AND s.dimension = CASE d.level WHEN 'dimension' THEN d.indicator WHEN 'subdimension' THEN d.parent END
)
SELECT cur.indicator, cur.level, cur.year,
       coalesce(prev.indicator IS NOT NULL
                AND cur.dimension_count = prev.dimension_count
                AND (cur.level = 'total' OR cur.subdimensions IS NOT DISTINCT FROM prev.subdimensions),
                false) AS comparable_with_previous
FROM structure cur
LEFT JOIN structure prev ON prev.indicator = cur.indicator AND prev.year = cur.year - 1
ORDER BY cur.year, cur.indicator`;

// Comparability of every indicator in every year of the data, for the views that draw years: the
// rule is indicator_comparability's; where that has no row (the indicator does not exist that year,
// e.g. 5.2 after 2020 or dimension 7 before 2018, or the year has no dimensions) the year does not
// compare, so a line breaks there. Queries select this column and never decide a default of their own.
const INDICATOR_YEARS_VIEW_SQL = `
CREATE OR REPLACE VIEW indicator_years AS
SELECT i.code AS indicator, i.level, y.year,
       coalesce(ic.comparable_with_previous, false) AS comparable_with_previous
FROM indicators i
CROSS JOIN (SELECT DISTINCT year FROM scores) y
LEFT JOIN indicator_comparability ic ON ic.indicator = i.code AND ic.year = y.year`;

// Which map each scored province belongs to ('old': the 63 units up to 2024, 'new': the 34 from 1 July
// 2025). Every ranking, group cut and national figure is computed within one map and year, so a year
// of 34 new units is never ranked against the 63 old ones (imports refuse an old unit after 2024, but
// the partition keeps the rule even if both maps ever share a year). A code missing from `provinces`
// counts as old, as every unit did before the merger.
const SCORED_UNITS_VIEW_SQL = `
CREATE OR REPLACE VIEW scored_units AS
SELECT s.*, coalesce(p.kind, 'old') AS unit_kind
FROM scores s LEFT JOIN provinces p ON p.code = s.province_code`;

/** The columns of scores (scoresSelect's last SELECT), which rankings carries before its ranks. */
const SCORE_COLUMNS = 'province_code, year, indicator, level, score, source';

const rankingsSelect = (years: YearFilter): string => `
SELECT ${SCORE_COLUMNS},
       (RANK() OVER (PARTITION BY year, unit_kind, indicator ORDER BY score DESC))::INTEGER AS rank,
       (count(*) OVER (PARTITION BY year, unit_kind, indicator))::INTEGER AS scored_count,
       unit_kind
FROM scored_units WHERE ${years('year')}`;

/** The table the bundled database ships of the standing: rankings' columns and STANDING_CORE_COLUMNS. */
export const STANDING_CORE_TABLE = 'standing_core';

/** The columns of rankings (rankingsSelect's), which the standing and its core carry first. */
const RANKINGS_COLUMNS = `${SCORE_COLUMNS}, rank, scored_count, unit_kind`;

/**
 * rankings and scores again, from the standing's shipped core (STANDING_CORE_TABLE): its rows with what the core adds
 * set aside, then those with their ranks set aside (one row per score: scored_units joins each to at most one
 * province). A start from the bundled database makes both from the core rather than download them too
 * (src/ingest/bundled-database.ts); tests/ingest/bundled-database.test.ts holds them to their SQL.
 */
export const RANKINGS_FROM_CORE_SQL = `
CREATE OR REPLACE TABLE rankings AS
SELECT ${RANKINGS_COLUMNS} FROM ${STANDING_CORE_TABLE}`;
export const SCORES_FROM_RANKINGS_SQL = `
CREATE OR REPLACE TABLE scores AS
SELECT ${SCORE_COLUMNS} FROM rankings`;

/**
 * A loaded table's rows taken out of the shipped table that holds them (src/ingest/bundled-database.ts: HELD_WITHIN),
 * read from `holder`, a table of that one's rows: score_rows' are the sub-dimension rows of the standing's core
 * (STANDING_CORE_TABLE), in the order they are there. Only the bundled data ships so: its build checks that every
 * score_rows row is such a row and puts them first in the core, in score_rows' file order
 * (data/scripts/build-bundled-database.ts), and
 * tests/ingest/bundled-database.test.ts holds the result to the CSV's load.
 */
export const LOADED_ROWS_WITHIN_SHIPPED: { readonly [table: string]: (holder: string) => string } = {
  score_rows: (holder) =>
    `SELECT province_code, year, indicator, score, source FROM ${holder} WHERE level = 'subdimension'`,
};

// National figures of every indicator, year and map (scored_units.unit_kind): the median and quartiles
// (quantile_cont) among the units scored on it, its range and how many were scored. The quartiles are the
// group cuts (see indicator_standing). In year order as built whole (for the console); after a rebuild by year the
// years rebuilt come last, as in every table rebuilt by year, so readers order their rows.
const nationalStatsSelect = (years: YearFilter): string => `
SELECT indicator, level, year,
       quantile_cont(score, 0.5) AS median,
       quantile_cont(score, 0.25) AS p25,
       quantile_cont(score, 0.75) AS p75,
       min(score) AS min,
       max(score) AS max,
       count(*)::INTEGER AS scored_count,
       unit_kind
FROM scored_units WHERE ${years('year')} GROUP BY indicator, level, year, unit_kind
ORDER BY year, unit_kind, indicator`;

/** The total's group cuts each year and map (kept for the SQL console; the same figures as national_stats). */
const GROUP_CUTS_VIEW_SQL = `
CREATE OR REPLACE VIEW group_cuts AS
SELECT year, unit_kind, p25, median AS p50, p75
FROM national_stats WHERE level = 'total'`;

// Where each province stands on each indicator it was scored on, each year: its rank among the units
// scored on it that year (one map), the national spread, its quartile group and the next group's cut,
// and its score the year before with the change when the two compare. The rules, decided here only:
// - group: 'high' (step 4) at or above p75, 'upper_middle' (3) at or above the median, 'lower_middle'
//   (2) at or above p25, else 'low' (1); a score exactly on a cut goes to the upper group. For 63
//   provinces' totals this gives 16/16/15/16 (the published split), for 61 16/15/15/15, for the 34 new
//   units 9/8/8/9. The step orders the groups: "group up" is a higher step.
// - next_group_threshold: the cut of the group one step up (what the province must reach); none in 'high'.
// - previous_score: the province's score the year before, whatever its definition;
//   comparable_with_previous: there is one and the indicator is defined the same way both years
//   (indicator_comparability); change: score - previous_score, only then.
// Materialised: every screen reads it, and as a view each read computed the national figures of every
// year (a filter on one year cannot reach the year before's figures).
// In two parts: its core (group_step and the year before, which need the joins) and what follows from the core and
// the year's cuts (standingFromCoreSelect), so the bundled database can ship the core alone: the rest would add
// ~480 KB brotli to a first visit, and the whole SQL cost a start ~50-150 ms more than the rest from the core
// (src/ingest/bundled-database.ts).

/** The standing's core columns beyond rankings': what the bundled database ships of it. */
export const STANDING_CORE_COLUMNS = [
  'group_step',
  'previous_score',
  'previous_group_step',
  'comparable_with_previous',
] as const;

/** The groups by step (group_step 1-4). */
const PAPI_GROUPS = "['low', 'lower_middle', 'upper_middle', 'high']";

/** The national figures a standing row takes from national_stats: the year's cuts and range. */
const STANDING_CUTS = 'p25, median, p75, min, max';

/** `rows` (rankings' columns) with STANDING_CUTS: the national figures of their indicator, year and map. */
const withStandingCuts = (rows: string): string =>
  `${rows} JOIN (SELECT indicator, year, unit_kind, ${STANDING_CUTS} FROM national_stats) USING (indicator, year, unit_kind)`;

/**
 * The standing from `source`, rows of rankings with STANDING_CORE_COLUMNS and STANDING_CUTS: the group's name and
 * the next group's cut from the step, the gap to the median, and the change when the years compare.
 */
const standingFromCoreSelect = (source: string): string => `
SELECT province_code, year, indicator, level, unit_kind, score, source, rank, scored_count,
       ${STANDING_CUTS}, score - median AS gap_to_median,
       group_step, ${PAPI_GROUPS}[group_step] AS papi_group,
       [p25, median, p75, NULL][group_step] AS next_group_threshold,
       previous_score, previous_group_step, ${PAPI_GROUPS}[previous_group_step] AS previous_group,
       comparable_with_previous,
       CASE WHEN comparable_with_previous THEN score - previous_score END AS change
FROM ${source}`;

const indicatorStandingSelect = (years: YearFilter): string => `
WITH placed AS (
  SELECT *,
         CASE WHEN score >= p75 THEN 4
              WHEN score >= median THEN 3
              WHEN score >= p25 THEN 2
              ELSE 1 END::INTEGER AS group_step
  FROM ${withStandingCuts('rankings')}
  WHERE ${years('year', STANDING_READS_YEARS)}
),
cored AS (
  SELECT cur.*, prev.score AS previous_score, prev.group_step AS previous_group_step,
         coalesce(prev.score IS NOT NULL AND ic.comparable_with_previous, false) AS comparable_with_previous
  FROM placed cur
  LEFT JOIN placed prev
    ON prev.province_code = cur.province_code AND prev.indicator = cur.indicator AND prev.year = cur.year - 1
  LEFT JOIN indicator_comparability ic ON ic.indicator = cur.indicator AND ic.year = cur.year
)${standingFromCoreSelect('cored')}`;

/** The shipped core of the standing (STANDING_CORE_TABLE) from the standing: rankings' columns and the core's. */
export const STANDING_CORE_FROM_STANDING_SQL = `
CREATE OR REPLACE TABLE ${STANDING_CORE_TABLE} AS
SELECT ${RANKINGS_COLUMNS}, ${STANDING_CORE_COLUMNS.join(', ')} FROM indicator_standing`;

/** The standing again from its shipped core and national_stats (tests/ingest/bundled-database.test.ts holds it to its SQL). */
export const STANDING_FROM_CORE_SQL = `
CREATE OR REPLACE TABLE indicator_standing AS${standingFromCoreSelect(withStandingCuts(STANDING_CORE_TABLE))}`;

// The map a year is drawn and listed on (the league table, the tile map): the map most of the year's scored
// units belong to ('new' on a tie, the later map; imports never mix the two in one year), 'old' for a year with
// no score, as every year was before the merger. Decided here only, so the table and the map never disagree.
const YEAR_MAP_MACRO_SQL = `
CREATE OR REPLACE MACRO year_map(y) AS coalesce((
  SELECT unit_kind FROM rankings WHERE year = y
  GROUP BY unit_kind ORDER BY count(DISTINCT province_code) DESC, unit_kind LIMIT 1
), 'old')`;

/** The standing of the totals, with the number of dimensions that year and the year before. */
const TOTAL_STANDING_VIEW_SQL = `
CREATE OR REPLACE VIEW total_standing AS
SELECT s.*, dc.dimension_count, pdc.dimension_count AS previous_dimension_count
FROM indicator_standing s
JOIN dimension_counts dc ON dc.year = s.year
LEFT JOIN dimension_counts pdc ON pdc.year = s.year - 1
WHERE s.level = 'total'`;

/** Each province's group by its total, each year (the standing of the totals, under the names the console has always shown). */
const GROUPS_VIEW_SQL = `
CREATE OR REPLACE VIEW groups AS
SELECT province_code, year, score AS total, p25, median AS p50, p75, papi_group, next_group_threshold
FROM indicator_standing WHERE level = 'total'`;

// The progress reports every question reads, task_progress's rows as one rule reads them: unit and period trimmed
// (no unit: ''), the period's end and length, the report date as a date, read as the importer's parseDate reads
// it (ISO, or day first with / . or - and a four-digit year; NULL otherwise, never a guessed year), and only rows
// with a period and a status the app knows. Imports already write rows this way; the view keeps every reader to
// one reading whatever a loaded file holds.
const PROGRESS_REPORTS_VIEW_SQL = String.raw`
CREATE OR REPLACE VIEW progress_reports AS
SELECT task_id, coalesce(trim(unit), '') AS unit, trim(period) AS period,
       papi_period_end(period) AS period_end, papi_period_months(period) AS period_months,
       status, percent,
       CASE
         WHEN regexp_full_match(trim(reported_on), '\d{4}-\d{1,2}-\d{1,2}([T ].*)?')
           THEN TRY_CAST(regexp_extract(trim(reported_on), '^\d{4}-\d{1,2}-\d{1,2}') AS DATE)
         WHEN regexp_full_match(trim(reported_on), '\d{1,2}[/.-]\d{1,2}[/.-]\d{4}')
           THEN CAST(try_strptime(regexp_replace(trim(reported_on), '[.-]', '/', 'g'), '%d/%m/%Y') AS DATE)
       END AS reported_on
FROM task_progress
WHERE papi_period_end(period) IS NOT NULL AND status IN ('not_started', 'in_progress', 'done')`;

const TASK_PERIODS_VIEW_SQL = `
CREATE OR REPLACE VIEW task_periods AS
SELECT DISTINCT period, period_end, period_months FROM progress_reports`;

// The state of a (task, unit) pair in period P is its latest report with period end <= P (ties on
// the end date, e.g. '2024-Q2' and '2024-H1', go to the later reported_on, then the longer period,
// then the label). A task without a deadline (README, Plan: only 'annual' with a target year has one
// here, as in domain/deadline.ts) is judged per period: only a report for P itself counts. Pairs are
// every (task, unit) that ever reported, in each period its unit existed in (unit_lifetimes, keyed by the
// plan's province: a district that ended on 30 June 2025 is not expected from 2025-Q3, a unit that began on
// 1 July 2025 not before), or that it reported for anyway; a task with no such pair in a period (never
// reported, or only by units that did not exist then) is one pair with unit NULL, never done, so it drags
// the rate down and stays visible. tests/queries/task-states-agree.test.ts proves this agrees with the Plan
// view's domain/task-state-pairs.ts pair by pair.
const TASK_PAIR_STATES_TABLE_SQL = `
CREATE OR REPLACE TABLE task_pair_states AS
WITH reports AS (
  SELECT task_id, unit, period AS report_period, period_end AS report_end, period_months AS report_months,
         status, percent, reported_on
  FROM progress_reports
),
tasks AS (
  SELECT t.plan, t.task_id, t.dimension, t.subdimension, p.province_code,
         coalesce(lower(trim(t.timeframe_code)) = 'annual' AND pt.target_year IS NOT NULL, false)
           AS has_deadline
  FROM plan_tasks t
  LEFT JOIN plans p ON p.plan = t.plan
  LEFT JOIN plan_targets pt ON pt.plan = t.plan
),
unit_pairs AS (
  SELECT t.*, u.unit, ul.started_on, ul.ended_on
  FROM tasks t
  JOIN (SELECT DISTINCT task_id, unit FROM reports) u ON u.task_id = t.task_id
  LEFT JOIN unit_lifetimes ul ON ul.province_code = t.province_code AND trim(ul.unit) = trim(u.unit)
),
expected AS (
  SELECT up.plan, up.task_id, up.dimension, up.subdimension, up.has_deadline, up.unit, tp.*
  FROM unit_pairs up
  CROSS JOIN task_periods tp
  WHERE (coalesce(up.started_on <= tp.period_end, true) AND coalesce(up.ended_on >= papi_period_start(tp.period), true))
     OR EXISTS (SELECT 1 FROM reports r
                WHERE r.task_id = up.task_id AND r.unit = up.unit AND r.report_period = tp.period)
),
pairs AS (
  SELECT * FROM expected
  UNION ALL
  SELECT t.plan, t.task_id, t.dimension, t.subdimension, t.has_deadline, NULL AS unit, tp.*
  FROM tasks t
  CROSS JOIN task_periods tp
  WHERE NOT EXISTS (SELECT 1 FROM expected e WHERE e.task_id = t.task_id AND e.period = tp.period)
)
SELECT p.plan, p.task_id, p.dimension, p.subdimension, p.unit, p.period, p.period_end, p.period_months,
       r.report_period, r.status, r.percent, r.reported_on,
       coalesce(r.status = 'done', false) AS is_done,
       r.status IS NOT NULL AS is_reported
FROM pairs p
LEFT JOIN reports r ON r.task_id = p.task_id AND r.unit = p.unit AND r.report_end <= p.period_end
  AND (p.has_deadline OR r.report_period = p.period)
QUALIFY row_number() OVER (
  PARTITION BY p.task_id, p.unit, p.period
  ORDER BY r.report_end DESC NULLS LAST, r.reported_on DESC NULLS LAST, r.report_months DESC, r.report_period
) = 1`;

// One row per plan × period (scope 'plan'), plan × dimension × period (scope 'dimension') and
// plan × dimension × sub-dimension × period (scope 'subdimension').
// avg_percent: a pair's latest percent (done without a percent = 100; unreported = 0).
const TASK_COMPLETION_TABLE_SQL = `
CREATE OR REPLACE TABLE task_completion AS
SELECT plan,
       CASE WHEN GROUPING(subdimension) = 0 THEN 'subdimension'
            WHEN GROUPING(dimension) = 0 THEN 'dimension'
            ELSE 'plan' END AS scope,
       dimension, subdimension, period, period_end, period_months,
       count(DISTINCT task_id)::INTEGER AS task_count,
       count(*)::INTEGER AS pair_count,
       count(*) FILTER (WHERE is_done)::INTEGER AS pairs_done,
       count(*) FILTER (WHERE is_reported)::INTEGER AS pairs_reported,
       count(DISTINCT task_id) FILTER (WHERE unit IS NULL)::INTEGER AS tasks_never_reported,
       count(*) FILTER (WHERE is_done) / count(*) AS completion_rate,
       avg(CASE WHEN NOT is_reported THEN 0
                WHEN percent IS NOT NULL THEN percent
                WHEN is_done THEN 100 ELSE 0 END) AS avg_percent
FROM task_pair_states
GROUP BY GROUPING SETS (
  (plan, period, period_end, period_months),
  (plan, dimension, period, period_end, period_months),
  (plan, dimension, subdimension, period, period_end, period_months)
)`;

// The PAPI year each plan aims at (474/KH-UBND: 2024): its target_year, or, when a file leaves it
// empty, the year the plan was issued (a plan issued in year Y normally aims at that year's survey).
const PLAN_TARGETS_VIEW_SQL = `
CREATE OR REPLACE VIEW plan_targets AS
SELECT plan, province_code, coalesce(target_year, year(TRY_CAST(issued_on AS DATE)))::INTEGER AS target_year
FROM plans`;

// The plan(s) of a province for a PAPI year, decided here only: the plans aimed at the year; when none is, the
// plans aimed nearest to it (the later year on a tie: a plan still to be judged over one already judged), so a
// view can say which plan there is and link to its year; a plan with no target year is never a year's plan. With
// no year (NULL), the province's current plans, the ones its agencies report on: those aimed at its latest target
// year, or, when no plan has a target year, all of them. aims_at_year: the plan aims at `y` itself; only then is
// its completion shown next to y's scores.
const YEAR_PLANS_MACRO_SQL = `
CREATE OR REPLACE MACRO year_plans(province, y) AS TABLE
WITH candidates AS (
  SELECT plan, target_year FROM plan_targets
  WHERE province_code = province AND (target_year IS NOT NULL OR y IS NULL)
),
chosen AS (
  SELECT target_year FROM candidates
  ORDER BY abs(target_year - coalesce(y, 9999)) NULLS LAST, target_year DESC NULLS LAST
  LIMIT 1
)
SELECT c.plan, c.target_year, coalesce(c.target_year = y, false) AS aims_at_year
FROM candidates c
WHERE c.target_year IS NOT DISTINCT FROM (SELECT target_year FROM chosen)`;

// The latest period a unit of the province reported in on one of its plans' tasks (its own reports, as the
// Plan view lists them: another province's later report is none of its own, even though its annual tasks carry
// their reports into that period in task_pair_states), among the periods that end by `last_day` (the Overview
// passes a survey's cut-off, domain/survey-cutoff.ts). Rule for periods that end on the same day ('2024-Q4',
// '2024-H2' and '2024' all end on 31 Dec): the longest period wins (the year report covers more than the
// quarter's), then the label in text order, so the answer is always the same.
const PROVINCE_LATEST_PERIOD_BY_MACRO_SQL = `
CREATE OR REPLACE MACRO province_latest_period_by(last_day) AS TABLE
SELECT DISTINCT ON (p.province_code) p.province_code, r.period, r.period_end
FROM progress_reports r
JOIN plan_tasks t ON t.task_id = r.task_id
JOIN plans p ON p.plan = t.plan
WHERE r.period_end <= CAST(last_day AS DATE)
ORDER BY p.province_code, r.period_end DESC, r.period_months DESC, r.period`;

// The latest period of all: the same rule with no last day.
const PROVINCE_LATEST_PERIODS_VIEW_SQL = `
CREATE OR REPLACE VIEW province_latest_periods AS
SELECT province_code, period, period_end FROM province_latest_period_by(DATE '9999-12-31')`;

// Whether the loaded progress is sample data, decided here only: the `datasets` row of task_progress
// says so (the bundled illustrative file, or any file marked as sample); with no row recorded it is
// not sample and has no source. Always exactly one row (datasets.name is its key).
const PROGRESS_PROVENANCE_VIEW_SQL = `
CREATE OR REPLACE VIEW progress_provenance AS
SELECT coalesce(d.is_sample, false) AS is_sample, d.source
FROM (SELECT 'task_progress' AS name) progress
LEFT JOIN datasets d ON d.name = progress.name`;

/** A macro, derived table or view: what it creates, and the tables, views and macros its SQL reads. */
export interface DerivedObject {
  readonly name: string;
  readonly kind: 'macro' | 'table' | 'view';
  /** Loaded tables and earlier derived objects it reads (checked against its SQL in tests/db). */
  readonly reads: readonly string[];
  readonly sql: string;
  /** A table rebuilt by year: the statements that rebuild its rows of the changed years (CHANGED_YEARS_TABLE). */
  readonly byYearSql?: string;
}

const macro = (name: string, sql: string, reads: readonly string[] = []): DerivedObject => ({
  name,
  kind: 'macro',
  reads,
  sql,
});
const table = (name: string, reads: readonly string[], sql: string): DerivedObject => ({
  name,
  kind: 'table',
  reads,
  sql,
});
/**
 * A table rebuilt by year: built whole from `select(EVERY_YEAR)`; by year, its rows of `rows` around each changed
 * year selected again (`select` filters what it reads; its rows are kept to those years here) and the others kept. A new table rather than DELETE and INSERT, whose deleted rows an
 * in-memory database keeps: ten small imports took the engine from 33 to 78 MiB.
 */
const tableByYear = (
  name: string,
  reads: readonly string[],
  select: (years: YearFilter) => string,
  rows: readonly number[] = [0],
): DerivedObject => ({
  name,
  kind: 'table',
  reads,
  sql: `CREATE OR REPLACE TABLE ${name} AS ${select(EVERY_YEAR)}`,
  byYearSql: `CREATE OR REPLACE TABLE ${name} AS
SELECT * FROM ${name} WHERE NOT coalesce(${CHANGED_YEARS('year', rows)}, false)
UNION ALL SELECT * FROM (${select(CHANGED_YEARS)}) WHERE ${CHANGED_YEARS('year', rows)}`,
});
const view = (name: string, reads: readonly string[], sql: string): DerivedObject => ({
  name,
  kind: 'view',
  reads,
  sql,
});

/** Every macro, derived table and view, in dependency order. */
export const DERIVED_OBJECTS: readonly DerivedObject[] = [
  macro('papi_period_end', PERIOD_END_MACRO_SQL),
  macro('papi_period_start', PERIOD_START_MACRO_SQL),
  macro('papi_period_months', PERIOD_MONTHS_MACRO_SQL),
  tableByYear('scores', ['score_rows'], scoresSelect),
  table('dimension_counts', ['scores'], DIMENSION_COUNTS_TABLE_SQL),
  table('indicator_comparability', ['indicators', 'dimension_counts'], INDICATOR_COMPARABILITY_TABLE_SQL),
  view('indicator_years', ['indicators', 'scores', 'indicator_comparability'], INDICATOR_YEARS_VIEW_SQL),
  view('scored_units', ['scores', 'provinces'], SCORED_UNITS_VIEW_SQL),
  tableByYear('rankings', ['scored_units'], rankingsSelect),
  tableByYear('national_stats', ['scored_units'], nationalStatsSelect),
  view('group_cuts', ['national_stats'], GROUP_CUTS_VIEW_SQL),
  tableByYear(
    'indicator_standing',
    ['rankings', 'national_stats', 'indicator_comparability'],
    indicatorStandingSelect,
    STANDING_ROWS_YEARS,
  ),
  macro('year_map', YEAR_MAP_MACRO_SQL, ['rankings']),
  view('total_standing', ['indicator_standing', 'dimension_counts'], TOTAL_STANDING_VIEW_SQL),
  view('groups', ['indicator_standing'], GROUPS_VIEW_SQL),
  view(
    'progress_reports',
    ['task_progress', 'papi_period_end', 'papi_period_months'],
    PROGRESS_REPORTS_VIEW_SQL,
  ),
  view('task_periods', ['progress_reports'], TASK_PERIODS_VIEW_SQL),
  view('plan_targets', ['plans'], PLAN_TARGETS_VIEW_SQL),
  macro('year_plans', YEAR_PLANS_MACRO_SQL, ['plan_targets']),
  table(
    'task_pair_states',
    [
      'progress_reports',
      'plan_tasks',
      'plans',
      'plan_targets',
      'unit_lifetimes',
      'task_periods',
      'papi_period_start',
    ],
    TASK_PAIR_STATES_TABLE_SQL,
  ),
  table('task_completion', ['task_pair_states'], TASK_COMPLETION_TABLE_SQL),
  macro('province_latest_period_by', PROVINCE_LATEST_PERIOD_BY_MACRO_SQL, [
    'progress_reports',
    'plan_tasks',
    'plans',
  ]),
  view('province_latest_periods', ['province_latest_period_by'], PROVINCE_LATEST_PERIODS_VIEW_SQL),
  view('progress_provenance', ['datasets'], PROGRESS_PROVENANCE_VIEW_SQL),
];

/** Every macro, derived table and view's statement, in dependency order: a full build. */
export const SCHEMA_STATEMENTS: readonly string[] = DERIVED_OBJECTS.map((object) => object.sql);

/** The derived tables (materialised, unlike the views and macros), in dependency order. */
export const DERIVED_TABLES: readonly string[] = DERIVED_OBJECTS.filter(
  (object) => object.kind === 'table',
).map((object) => object.name);

/** The name of every derived object (an engine the app built them all on holds these: db/derived-objects-built.ts). */
export const DERIVED_OBJECT_NAMES: ReadonlySet<string> = new Set(
  DERIVED_OBJECTS.map((object) => object.name),
);

/**
 * The statements to run after the loaded tables `changed` were replaced, with `existing` the derived objects
 * the engine already has: a derived table that reads a changed table (directly or through views and other
 * derived tables) is rebuilt; views and macros are bound when queried, so they are created only where
 * missing (a first build creates everything). A scores import then leaves the plan's tables alone.
 * `scoreRowsByYear`: score_rows changed only in the years CHANGED_YEARS_TABLE lists, so a table rebuilt by year
 * that nothing else changed under is rebuilt for those years only.
 */
export function derivedStatementsAfter(
  changed: Iterable<string>,
  existing: ReadonlySet<string>,
  scoreRowsByYear = false,
): string[] {
  const dirty = new Set(changed);
  // What changed in every year: anything but score rows known by year, and what reads it.
  const dirtyEveryYear = new Set([...dirty].filter((name) => !(scoreRowsByYear && name === 'score_rows')));
  const statements: string[] = [];
  for (const object of DERIVED_OBJECTS) {
    const readsDirty = object.reads.some((name) => dirty.has(name));
    const readsDirtyEveryYear = object.reads.some((name) => dirtyEveryYear.has(name));
    if (readsDirty) dirty.add(object.name);
    if (readsDirtyEveryYear) dirtyEveryYear.add(object.name);
    if (!existing.has(object.name)) statements.push(object.sql);
    else if (readsDirty && object.kind === 'table')
      statements.push(!readsDirtyEveryYear && object.byYearSql !== undefined ? object.byYearSql : object.sql);
  }
  return statements;
}
