// Example queries beside the editor, in the UI language (titles, comments and the name column), for the
// chosen province. Each is tested against real DuckDB (tests/views/sql-console-examples.test.ts).

import { sqlLiteral } from '../../../console/inline-sql-parameters.ts';
import type { I18n } from '../../../i18n/create-i18n.ts';

export interface ExampleQuery {
  id: 'fell' | 'totals' | 'completion' | 'units' | 'weakest' | 'big';
  title: string;
  sql: string;
}

/** The examples for `provinceCode` / `provinceName`, written for `i18n`'s language. */
export function buildExampleQueries(i18n: I18n, provinceCode: string, provinceName: string): ExampleQuery[] {
  const province = sqlLiteral(provinceCode);
  const nameColumn = i18n.lang === 'vi' ? 'name_vi' : 'name_en';
  const title = (id: ExampleQuery['id']) => i18n.t(`console.example.${id}`, { province: provinceName });
  return [
    {
      id: 'fell',
      title: title('fell'),
      sql: `-- ${title('fell')}
WITH s AS (
  SELECT sc.indicator, i.${nameColumn} AS name, sc.year, sc.score,
         lag(sc.year) OVER w AS year_1, lag(sc.score) OVER w AS score_1,
         lag(sc.year, 2) OVER w AS year_2, lag(sc.score, 2) OVER w AS score_2
  FROM scores sc JOIN indicators i ON i.code = sc.indicator
  WHERE sc.province_code = ${province} AND sc.level = 'subdimension'
  WINDOW w AS (PARTITION BY sc.indicator ORDER BY sc.year)
)
SELECT s.indicator, s.name, s.year_2 AS from_year, s.year AS to_year,
       round(s.score_2, 3) AS score_from, round(s.score_1, 3) AS score_middle, round(s.score, 3) AS score_to,
       round(s.score - s.score_2, 3) AS change
FROM s
JOIN indicator_comparability c0 ON c0.indicator = s.indicator AND c0.year = s.year
JOIN indicator_comparability c1 ON c1.indicator = s.indicator AND c1.year = s.year_1
WHERE s.year_1 = s.year - 1 AND s.year_2 = s.year - 2
  AND c0.comparable_with_previous AND c1.comparable_with_previous
  AND s.score < s.score_1 AND s.score_1 < s.score_2
ORDER BY s.year DESC, s.indicator;`,
    },
    {
      id: 'totals',
      title: title('totals'),
      sql: `-- ${title('totals')}
SELECT r.year, round(r.score, 2) AS total, r.rank, r.scored_count, g.papi_group
FROM rankings r
LEFT JOIN groups g ON g.province_code = r.province_code AND g.year = r.year
WHERE r.province_code = ${province} AND r.indicator = 'total'
ORDER BY r.year;`,
    },
    {
      id: 'completion',
      title: title('completion'),
      sql: `-- ${title('completion')}
SELECT tc.plan, tc.dimension, i.${nameColumn} AS name, tc.period,
       tc.pairs_done, tc.pair_count, round(100 * tc.completion_rate, 1) AS completion_percent
FROM task_completion tc
JOIN plans p ON p.plan = tc.plan
JOIN province_latest_periods lp ON lp.province_code = p.province_code AND lp.period = tc.period
LEFT JOIN indicators i ON i.code = tc.dimension
WHERE p.province_code = ${province} AND tc.scope = 'dimension'
ORDER BY tc.completion_rate, tc.dimension;`,
    },
    {
      id: 'units',
      title: title('units'),
      sql: `-- ${title('units')}
SELECT s.unit, count(*) AS pairs, count(*) FILTER (WHERE s.is_done) AS done,
       round(100 * avg(s.is_done::INTEGER), 1) AS completion_percent
FROM task_pair_states s
JOIN (SELECT plan, max(period_end) AS period_end FROM task_pair_states GROUP BY plan) latest
  ON latest.plan = s.plan AND latest.period_end = s.period_end
WHERE s.unit IS NOT NULL
GROUP BY s.unit
ORDER BY completion_percent, s.unit;`,
    },
    {
      id: 'weakest',
      title: title('weakest'),
      sql: `-- ${title('weakest')}
SELECT r.rank, p.${nameColumn} AS province, round(r.score, 2) AS total, r.year
FROM rankings r JOIN provinces p ON p.code = r.province_code
WHERE r.indicator = 'total' AND r.year = (SELECT max(year) FROM rankings WHERE indicator = 'total')
ORDER BY r.rank DESC
LIMIT 10;`,
    },
    {
      id: 'big',
      title: title('big'),
      sql: `-- ${title('big')}
SELECT range AS n, range * 0.5 AS half, 'row ' || range AS label
FROM range(100000);`,
    },
  ];
}
