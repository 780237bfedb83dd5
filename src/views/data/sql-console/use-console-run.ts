// The console's run state: one run at a time on the console's own connection (opened on first use),
// cancellable, its outcome as data the UI turns into words.

import { useCallback, useEffect, useRef, useState } from 'react';
import type { Connector } from '../../../db/connector.ts';
import {
  ConsoleCancelledError,
  ConsoleRefusedError,
  runConsoleQuery,
  type ConsoleResult,
} from '../../../console/console-query.ts';
import type { ConsoleConnection } from '../../../db/console-connection.ts';
import { locateEngineError, type SqlTextLocation } from '../../../console/engine-error-location.ts';
import type { GuardRefusal } from '../../../console/statement-guard.ts';

export type ConsoleRunState =
  | { status: 'idle' }
  | { status: 'running'; sql: string }
  | { status: 'done'; sql: string; result: ConsoleResult }
  | { status: 'refused'; sql: string; refusal: GuardRefusal }
  | { status: 'error'; sql: string; message: string; location: SqlTextLocation | null }
  | { status: 'cancelled'; sql: string };

export interface ConsoleRunApi {
  state: ConsoleRunState;
  /** Resolves with the outcome, or null when a run is already going (or the database is not ready). */
  run: (sql: string) => Promise<ConsoleRunState | null>;
  cancel: () => void;
}

const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Runs console queries on `connector`'s console connection (null while the database is not ready). */
export function useConsoleRun(connector: Connector | null): ConsoleRunApi {
  const [state, setState] = useState<ConsoleRunState>({ status: 'idle' });
  const connection = useRef<{ owner: Connector; opened: Promise<ConsoleConnection> } | null>(null);
  const cancelled = useRef(false);
  const running = useRef(false);

  useEffect(
    () => () => {
      const open = connection.current;
      connection.current = null;
      void open?.opened.then((conn) => conn.close()).catch(() => undefined);
    },
    [connector],
  );

  const run = useCallback(
    async (sql: string): Promise<ConsoleRunState | null> => {
      if (connector?.openConsoleConnection === undefined || running.current) return null;
      if (connection.current?.owner !== connector) {
        const opening = { owner: connector, opened: connector.openConsoleConnection() };
        connection.current = opening;
        // One that could not open (the data could not be copied in for it) is asked for again by the next run.
        opening.opened.catch(() => {
          if (connection.current === opening) connection.current = null;
        });
      }
      running.current = true;
      cancelled.current = false;
      setState({ status: 'running', sql });
      let next: ConsoleRunState;
      try {
        const conn = await connection.current.opened;
        const result = await runConsoleQuery(conn, sql, () => cancelled.current);
        next = { status: 'done', sql, result };
      } catch (error) {
        if (error instanceof ConsoleRefusedError) next = { status: 'refused', sql, refusal: error.refusal };
        else if (error instanceof ConsoleCancelledError) next = { status: 'cancelled', sql };
        else {
          const message = errorMessage(error);
          next = { status: 'error', sql, message, location: locateEngineError(message, sql) };
        }
      } finally {
        running.current = false;
      }
      setState(next);
      return next;
    },
    [connector],
  );

  const cancel = useCallback(() => {
    if (!running.current) return;
    cancelled.current = true;
    void connection.current?.opened.then((conn) => conn.cancel()).catch(() => undefined);
  }, []);

  return { state, run, cancel };
}
