// The URL's history entries, written after the frame that shows the change they record. Each entry is a
// same-document navigation, and Chromium's own process does ~16 ms of bookkeeping for each one (measured
// in a trace during Dimensions indicator switches: RenderFrameHostImpl::DidCommitSameDocumentNavigation).
// Written at the choice, that work ran while the page drew the new figure. On a two-core office PC they
// shared the cores, and the figure's task took 27-31 ms of wall time for 17-20 ms of its own CPU.
// The writes keep their order, so each choice is still its own entry for Back; choices made before one paint
// are written together after it. The SQL console's own entry flushes them first (console-request.ts). A
// popstate (Back or Forward within that frame) drops them: the page follows the entry the browser moved to.
import { afterNextPaint } from './after-next-paint.ts';

/** 'push': a new history entry (unless the URL says it already); 'replace': in place of the current one. */
export type UrlWriteMode = 'push' | 'replace';

interface UrlWrite {
  readonly search: string;
  readonly mode: UrlWriteMode;
}

let pending: UrlWrite[] = [];
let cancelFlush: (() => void) | null = null;
let flushesWhenHidden = false;

/** Writes the query string `search` to the URL after the next paint (see above). */
export function writeUrlSearch(search: string, mode: UrlWriteMode): void {
  pending.push({ search, mode });
  cancelFlush ??= afterNextPaint(flushUrlWrites);
  if (!flushesWhenHidden) {
    flushesWhenHidden = true;
    // A tab hidden before its next frame runs no animation callbacks: its URL is written as it hides.
    document.addEventListener('visibilitychange', () => {
      if (document.hidden) flushUrlWrites();
    });
  }
}

/** Writes the pending entries now, in order. */
export function flushUrlWrites(): void {
  cancelFlush?.();
  cancelFlush = null;
  const writes = pending;
  pending = [];
  for (const { search, mode } of writes) {
    const href = `${window.location.pathname}${search}${window.location.hash}`;
    if (mode === 'push' && search !== window.location.search) window.history.pushState(null, '', href);
    else window.history.replaceState(window.history.state, '', href);
  }
}

/** Drops the pending entries: Back or Forward has moved the page to another entry, which the app follows. */
export function dropUrlWrites(): void {
  cancelFlush?.();
  cancelFlush = null;
  pending = [];
}
