// Charts that know the SQL behind their rows offer "Xem truy vấn / Show the query". The app decides what
// showing a query means (opening the SQL console), so components stay free of app state.
import { createContext, useContext } from 'react';
import type { ChartQuery } from '../charts/chart-spec.ts';

/** Opens `query` for the user to read and run; null where no console exists (tests, stand-alone renders). */
export type ShowChartQuery = ((query: ChartQuery) => void) | null;

export const ChartQueryContext = createContext<ShowChartQuery>(null);

/** What the chart menu calls for "Show the query", or null. */
export function useShowChartQuery(): ShowChartQuery {
  return useContext(ChartQueryContext);
}
