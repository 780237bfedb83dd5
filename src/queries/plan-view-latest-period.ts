// Question (Plan view): which is the province's latest reported period (the same rule as the Overview)?

import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import type { Connector } from '../db/connector';
import { sql } from '../db/sql';
import { DATA_QUERY_KEY_ROOT } from './query-client';
import { useReadyConnector } from './use-ready-connector';

/** The latest period any pair of the province's plans reported in (province_latest_periods); null if none. */
export async function fetchPlanViewLatestPeriod(
  conn: Connector,
  provinceCode: string,
): Promise<string | null> {
  const rows = await conn.query<{ period: string }>(sql`
    SELECT period FROM province_latest_periods WHERE province_code = ${provinceCode}`);
  return rows[0]?.period ?? null;
}

/** Query options for fetchPlanViewLatestPeriod; disabled while `conn` is null. */
export const planViewLatestPeriodQueryOptions = (
  conn: Connector | null,
  dataVersion: number,
  provinceCode: string,
) =>
  queryOptions({
    queryKey: [DATA_QUERY_KEY_ROOT, 'plan-view-latest-period', conn, { dataVersion, provinceCode }],
    queryFn: conn === null ? skipToken : () => fetchPlanViewLatestPeriod(conn, provinceCode),
  });

/** The province's latest reported period, once the database is ready. */
export function usePlanViewLatestPeriod(provinceCode: string) {
  const { connector, dataVersion } = useReadyConnector();
  return useQuery(planViewLatestPeriodQueryOptions(connector, dataVersion, provinceCode));
}
