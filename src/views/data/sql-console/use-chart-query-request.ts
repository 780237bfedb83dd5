// A chart's "Xem truy vấn / Show the query": its SQL, with the parameters written in as literals, handed to
// the console once the engine is ready.
import { useEffect } from 'react';
import type { Connector } from '../../../db/connector.ts';
import { inlineSqlParameters } from '../../../console/inline-sql-parameters.ts';
import { clearConsoleRequest, usePendingConsoleRequest } from '../../../state/console-request.ts';

/** Calls `onQuery` with each chart's SQL, after the commit that received the request. */
export function useChartQueryRequest(connector: Connector | null, onQuery: (sql: string) => void): void {
  const request = usePendingConsoleRequest();
  useEffect(() => {
    if (request === null || connector === null) return;
    clearConsoleRequest(request.id);
    const sql = inlineSqlParameters(request.query.text, request.query.params);
    queueMicrotask(() => onQuery(sql));
  }, [request, connector, onQuery]);
}
