// The console's recent queries: read once from the browser's store, updated after each run that reached DuckDB.
import { useCallback, useEffect, useState } from 'react';
import { readQueryHistory, recordQuery, type HistoryEntry } from '../../../storage/query-history.ts';

/** The history and a function that records a query in it. */
export function useQueryHistoryState(): {
  history: HistoryEntry[];
  record: (sql: string) => Promise<void>;
} {
  const [history, setHistory] = useState<HistoryEntry[]>([]);
  useEffect(() => {
    let live = true;
    void readQueryHistory().then((entries) => {
      if (live) setHistory(entries);
    });
    return () => {
      live = false;
    };
  }, []);
  const record = useCallback(async (sql: string) => setHistory(await recordQuery(sql)), []);
  return { history, record };
}
