// Lets any part of the app open the SQL console with a query (e.g. a chart's "Show the query"): the request
// is kept here until the console takes it, and the URL switches to the Data view, where the console lives.

import { useSyncExternalStore } from 'react';
import { parseUrl, serialiseUrlState } from './url-state.ts';
import { flushUrlWrites } from './url-writes.ts';

/** A query as the `sql` tag builds it: text with `?` placeholders and the values bound to them. */
export interface ConsoleQueryRequest {
  readonly text: string;
  readonly params: readonly (string | number | boolean | null)[];
}

/** A request with a serial number, so the same query asked twice still opens it again. */
export interface PendingConsoleRequest {
  readonly id: number;
  readonly query: ConsoleQueryRequest;
}

let pending: PendingConsoleRequest | null = null;
let nextId = 1;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Opens the console on the Data view with `query` (its params are shown as literals), a new history entry. */
export function openSqlConsole(query: ConsoleQueryRequest): void {
  pending = { id: nextId, query };
  nextId += 1;
  // The app's own writes first: the console's entry follows the view the user has on screen.
  flushUrlWrites();
  const state = parseUrl(window.location.search).state;
  if (state.view !== 'data') {
    const search = serialiseUrlState({ ...state, view: 'data', viewParams: {} });
    window.history.pushState(null, '', `${window.location.pathname}${search}${window.location.hash}`);
    // The app's URL state follows popstate (use-url-state.ts): the same signal Back and Forward send.
    window.dispatchEvent(new PopStateEvent('popstate'));
  }
  listeners.forEach((listener) => listener());
}

/** The console's side: the request not yet handled (null when none). */
export function usePendingConsoleRequest(): PendingConsoleRequest | null {
  return useSyncExternalStore(
    subscribe,
    () => pending,
    () => null,
  );
}

/** The console marks a request handled, so a later visit to the Data view does not run it again. */
export function clearConsoleRequest(id: number): void {
  if (pending?.id === id) {
    pending = null;
    listeners.forEach((listener) => listener());
  }
}

/** A chart menu item ("Xem truy vấn / Show the query") that opens the console with the chart's `query`. */
export function showQueryMenuItem(
  query: ConsoleQueryRequest,
  label: string,
): { id: string; label: string; onSelect: () => void } {
  return { id: 'show-query', label, onSelect: () => openSqlConsole(query) };
}
