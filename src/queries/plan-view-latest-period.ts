// Question (Plan view): which is the province's latest reported period (the same rule as the Overview)?

import type { Connector } from '../db/connector.ts';
import { sql } from '../db/sql.ts';
import { defineDataQuery } from './define-data-query.ts';

/** The latest period any pair of the province's plans reported in (province_latest_periods); null if none. */
export async function fetchPlanViewLatestPeriod(
  conn: Connector,
  provinceCode: string,
): Promise<string | null> {
  const rows = await conn.query<{ period: string }>(sql`
    SELECT period FROM province_latest_periods WHERE province_code = ${provinceCode}`);
  return rows[0]?.period ?? null;
}

/** The question, its options and hooks (key 'plan-view-latest-period'). */
export const planViewLatestPeriodQuery = defineDataQuery(
  'plan-view-latest-period',
  fetchPlanViewLatestPeriod,
);

/** The province's latest reported period, once the database is ready. */
export const usePlanViewLatestPeriod = planViewLatestPeriodQuery.use;
