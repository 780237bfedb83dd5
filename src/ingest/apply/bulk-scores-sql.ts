// SQL of the bulk path for large long-layout score files: DuckDB reads the CSV once, grouping rows by
// the cells of their key, so checks and merges work on distinct keys (a few hundred thousand at most)
// instead of every row. Names are built here from a file's position; values are bound or come from
// the plan's fixed delimiter set.

import { sql, sqlIdentifier, sqlRaw, sqlStringLiteral, type SqlFragment } from '../../db/sql.ts';
import type { BulkScoresPlan } from '../read/import-rows.ts';
import { registeredFilePath } from '../../db/engine-settings.ts';
import { CSV_COLUMNS } from '../../db/tables.ts';
import { EDGE_SPACES } from '../read/edge-spaces.ts';
import { CSV_QUOTED_FIELD_PATTERN } from '../read/to-canonical-csv.ts';

export const bulkFileName = (index: number): string => registeredFilePath(`import_bulk_${index}.csv`);
export const bulkKeysTable = (index: number): string => `import_bulk_keys_${index}`;
export const bulkStagedTable = (index: number): string => `import_bulk_staged_${index}`;

/** The value maps the JavaScript checks fill in: one per checked column. */
export const BULK_MAPS = {
  province: 'VARCHAR',
  year: 'INTEGER',
  indicator: 'VARCHAR',
  score: 'DOUBLE',
} as const;
export type BulkMap = keyof typeof BULK_MAPS;

export const bulkMapTable = (map: BulkMap, index: number): string => `import_bulk_map_${map}_${index}`;
export const bulkMapFileName = (map: BulkMap, index: number): string =>
  registeredFilePath(`import_bulk_map_${map}_${index}.csv`);

const cell = (position: number): SqlFragment => sqlIdentifier(`c${position}`);

/** read_csv with every option explicit (nothing sniffed): text columns c0..cN, short rows padded, extra fields ignored. */
export function readBulkCsvSql(plan: BulkScoresPlan, fileName: string): SqlFragment {
  const columns = Array.from({ length: plan.columnCount }, (_, position) => `'c${position}': 'VARCHAR'`);
  return sql`read_csv(${sqlStringLiteral(fileName)}, header=false, auto_detect=false, delim=${sqlStringLiteral(
    plan.delimiter,
  )}, quote='"', escape='"', skip=${sqlRaw(String(plan.skipLines))}, null_padding=true, strict_mode=false, ${sqlRaw(
    `columns={${columns.join(', ')}}`,
  )})`;
}

/**
 * One row per distinct (province, year, indicator) as written, with the smallest and largest score text,
 * the number of empty scores and the first source: what the checks need, in a single pass over the file.
 */
export function createBulkKeysSql(plan: BulkScoresPlan, index: number): SqlFragment {
  const { province, year, indicator, score, source } = plan.columns;
  const sourceCell = source === null ? sql`NULL::VARCHAR` : sql`first(${cell(source)})`;
  return sql`CREATE OR REPLACE TABLE ${sqlIdentifier(bulkKeysTable(index))} AS
    SELECT ${cell(province)} AS province_text, ${cell(year)} AS year_text, ${cell(indicator)} AS indicator_text,
      min(${cell(score)}) AS score_text, max(${cell(score)}) AS score_text_max,
      (count(*) - count(${cell(score)}))::INTEGER AS empty_scores, ${sourceCell} AS source
    FROM ${readBulkCsvSql(plan, bulkFileName(index))}
    GROUP BY ALL`;
}

const KEY_TEXT_COLUMN: Readonly<Record<BulkMap, string>> = {
  province: 'province_text',
  year: 'year_text',
  indicator: 'indicator_text',
  score: 'score_text',
};

/**
 * The distinct texts of one checked column (blank rows left out). A province is checked with its row's
 * year (which map of the country names it), so its texts come with the year's text.
 */
export function distinctBulkTextsSql(map: BulkMap, index: number): SqlFragment {
  const column = sqlIdentifier(KEY_TEXT_COLUMN[map]);
  const year = map === 'province' ? sql`, year_text` : sql``;
  return sql`SELECT DISTINCT ${column} AS text${year} FROM ${sqlIdentifier(bulkKeysTable(index))} WHERE ${column} IS NOT NULL`;
}

/** A map table from its registered CSV (text[, year_text], value): only the texts the checks accepted. */
export function createBulkMapSql(map: BulkMap, index: number): SqlFragment {
  const year = map === 'province' ? `'year_text': 'VARCHAR', ` : '';
  const columns = `columns={'text': 'VARCHAR', ${year}'value': '${BULK_MAPS[map]}'}`;
  return sql`CREATE OR REPLACE TABLE ${sqlIdentifier(bulkMapTable(map, index))} AS SELECT * FROM read_csv(${sqlStringLiteral(
    bulkMapFileName(map, index),
  )}, header=true, auto_detect=false, delim=',', quote='"', escape='"', ${sqlRaw(columns)})`;
}

/**
 * trim(text, EDGE_SPACES), called only where an edge is an edge space: DuckDB's trim with a character list reads
 * the list again for every value (160 ms of the 210 ms of typing 136,000 keys, createBulkStagedSql), where a look at
 * the two edges costs little. left() and right() count code points, as trim does.
 */
export function trimEdgeSpacesSql(text: SqlFragment): SqlFragment {
  return sql`CASE WHEN contains(${EDGE_SPACES}, left(${text}, 1)) OR contains(${EDGE_SPACES}, right(${text}, 1))
    THEN trim(${text}, ${EDGE_SPACES}) ELSE ${text} END`;
}

/**
 * The rows to import, one per key after mapping ("Hà Nội" and "P01" are one province): each non-blank key as written,
 * typed through the maps, then grouped. `clean` says every key of the group had every cell accepted, its score on
 * its indicator's scale, no empty score and every row with the same score text; `keys` counts the keys written. A key
 * without a source records `fileSource`, as the row reader does. One statement: a table of the typed keys first
 * cost one more pass over them (~50 of ~130 ms over 136,000 keys).
 */
export function createBulkStagedSql(index: number, fileSource: string): SqlFragment {
  const keys = sqlIdentifier(bulkKeysTable(index));
  const map = (name: BulkMap) => sqlIdentifier(bulkMapTable(name, index));
  return sql`CREATE OR REPLACE TABLE ${sqlIdentifier(bulkStagedTable(index))} AS
    SELECT province_code, year, indicator, min(score) AS score, max(score) AS score_max, first(source) AS source,
      bool_and(clean) AS clean, count(*)::INTEGER AS keys
    FROM (
      SELECT p.value AS province_code, y.value AS year, i.value AS indicator, s.value AS score,
        coalesce(nullif(${trimEdgeSpacesSql(sql`k.source`)}, ''), ${fileSource}) AS source,
        coalesce(p.value IS NOT NULL AND y.value IS NOT NULL AND i.value IS NOT NULL AND s.value IS NOT NULL
          AND s.value BETWEEN scale.min AND scale.max AND k.empty_scores = 0
          AND k.score_text = k.score_text_max, false) AS clean
      FROM ${keys} k
      LEFT JOIN ${map('province')} p ON p.text = k.province_text AND p.year_text = k.year_text
      LEFT JOIN ${map('year')} y ON y.text = k.year_text
      LEFT JOIN ${map('indicator')} i ON i.text = k.indicator_text
      LEFT JOIN ${map('score')} s ON s.text = k.score_text
      LEFT JOIN indicators scale ON scale.code = i.value
      WHERE NOT (k.province_text IS NULL AND k.year_text IS NULL AND k.indicator_text IS NULL AND k.score_text IS NULL)
    )
    GROUP BY province_code, year, indicator`;
}

/**
 * How many keys the file wrote, how many groups hold an unclean key and how many got two different scores: any
 * of the last two sends the file to the row-by-row reader, which locates each problem.
 */
export function countBulkTroubleSql(index: number): SqlFragment {
  return sql`SELECT coalesce(sum(keys), 0)::INTEGER AS keys, count(*) FILTER (WHERE NOT clean)::INTEGER AS unclean,
      count(*) FILTER (WHERE clean AND score <> score_max)::INTEGER AS conflicts
    FROM ${sqlIdentifier(bulkStagedTable(index))}`;
}

/**
 * A column's value as csvField (read/to-canonical-csv.ts) writes it: quoted by the same pattern, NULL as nothing.
 * Text and whole numbers come out as csvField's; a DOUBLE is spelt as DuckDB spells it ("1.0" where csvField
 * writes "1"), which read_csv reads back to the same number (tests/ingest/canonical-csv-field.property.test.ts).
 */
export function csvFieldSql(column: string, type: string): string {
  const value =
    type === 'VARCHAR' ? sqlIdentifier(column).text : `CAST(${sqlIdentifier(column).text} AS VARCHAR)`;
  const quoted = `'"' || replace(${value}, '"', '""') || '"'`;
  const pattern = sqlStringLiteral(CSV_QUOTED_FIELD_PATTERN).text;
  return `coalesce(CASE WHEN regexp_matches(${value}, ${pattern}) THEN ${quoted} ELSE ${value} END, '')`;
}

/**
 * A staged table's rows as score_rows' canonical CSV (header, then a line per row; one per key, so their order
 * changes nothing), in one text cell: what a kept import's rows are (canonical-rows.ts), made by DuckDB from the million rows it read.
 */
export function stagedCanonicalCsvSql(stagedTable: string): SqlFragment {
  const columns = CSV_COLUMNS.score_rows;
  const header = columns.map(([name]) => name).join(',');
  const line = columns.map(([name, type]) => csvFieldSql(name, type)).join(` || ',' || `);
  return sql`SELECT ${header} || chr(10) || coalesce(string_agg(line, chr(10)) || chr(10), '') AS csv
    FROM (SELECT ${sqlRaw(line)} AS line FROM ${sqlIdentifier(stagedTable)})`;
}

/** Drops every table of the bulk path for file `index`. */
export function dropBulkTablesSql(index: number): SqlFragment {
  const names = [
    bulkKeysTable(index),
    bulkStagedTable(index),
    ...(Object.keys(BULK_MAPS) as BulkMap[]).map((map) => bulkMapTable(map, index)),
  ];
  return sqlRaw(names.map((name) => `DROP TABLE IF EXISTS ${sqlIdentifier(name).text}`).join(';\n'));
}
