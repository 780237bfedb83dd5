// Question (Dimensions view): the survey indicators of a sub-dimension in a year, each with the chosen
// province's value and the national median (over that year's provinces that have the indicator). Only an
// imported official workbook gives these: the bundled data has none, so the answer may be empty.

import type { Connector } from '../db/connector.ts';
import { sql } from '../db/sql.ts';
import { defineDataQuery } from './define-data-query.ts';

/** One survey indicator: its labels, the province's value (null when the file gives it none), the median. */
export interface SurveyIndicatorLine {
  labelVi: string | null;
  labelEn: string | null;
  /** Shares 0-1. */
  value: number | null;
  median: number;
  /** How many provinces the median is over. */
  provinces: number;
  /** The province's row's source, else the first source of the indicator that year. */
  source: string;
}

/**
 * The survey indicators' SQL for one sub-dimension in `year`, by label (Vietnamese, then English); or for every
 * sub-dimension (each row then names its sub-dimension, first in the order).
 */
export function surveyIndicatorsSql(provinceCode: string, year: number, subdimension: string | null) {
  const all = subdimension === null;
  const bySubdimension = all ? sql`subdimension, ` : sql``;
  return sql`
    WITH these AS (
      SELECT * FROM survey_indicators
      WHERE year = ${year}${all ? sql`` : sql` AND subdimension = ${subdimension}`}
    ),
    national AS (
      SELECT ${bySubdimension}label_vi, label_en, median(value) AS median, count(*)::INTEGER AS provinces,
             min(source) AS source
      FROM these GROUP BY ${bySubdimension}label_vi, label_en
    )
    SELECT ${all ? sql`n.subdimension, ` : sql``}n.label_vi AS "labelVi", n.label_en AS "labelEn", p.value,
           n.median, n.provinces, coalesce(p.source, n.source) AS source
    FROM national n
    LEFT JOIN these p
      ON p.province_code = ${provinceCode}${all ? sql` AND p.subdimension = n.subdimension` : sql``}
      AND p.label_vi IS NOT DISTINCT FROM n.label_vi AND p.label_en IS NOT DISTINCT FROM n.label_en
    ORDER BY ${all ? sql`n.subdimension, ` : sql``}n.label_vi NULLS LAST, n.label_en NULLS LAST`;
}

/** The sub-dimension's survey indicators in `year`, by label (Vietnamese, then English). */
export function fetchSurveyIndicators(
  conn: Connector,
  provinceCode: string,
  year: number,
  subdimension: string,
): Promise<SurveyIndicatorLine[]> {
  return conn.query<SurveyIndicatorLine>(surveyIndicatorsSql(provinceCode, year, subdimension));
}

/** The question, its options and hooks (key 'survey-indicators'). */
export const surveyIndicatorsQuery = defineDataQuery('survey-indicators', fetchSurveyIndicators);

/** The sub-dimension's survey indicators for the province and year, once the database is ready. */
export const useSurveyIndicators = surveyIndicatorsQuery.use;
