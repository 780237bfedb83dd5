// The URL's history entries are written after the frame that shows the change (src/state/url-writes.ts): in a
// task queued from the next animation frame, in the order the app asked, one entry per push.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A browser's location, history, frames and visibility, enough for url-writes.ts. */
function fakeBrowser(search: string) {
  const entries = [search];
  let index = 0;
  const frames: FrameRequestCallback[] = [];
  const visibilityListeners: (() => void)[] = [];
  const location = { pathname: '/papi/', search, hash: '#main' };
  const go = (href: string) => {
    const url = new URL(href, 'http://localhost');
    expect(url.pathname).toBe('/papi/');
    expect(url.hash).toBe('#main');
    location.search = url.search;
    return url.search;
  };
  const history = {
    state: null,
    pushState: vi.fn((_state: unknown, _unused: string, href: string) => {
      entries.splice(index + 1, entries.length, go(href));
      index += 1;
    }),
    replaceState: vi.fn((_state: unknown, _unused: string, href: string) => {
      entries[index] = go(href);
    }),
  };
  const document = {
    hidden: false,
    addEventListener: (type: string, listener: () => void) => {
      if (type === 'visibilitychange') visibilityListeners.push(listener);
    },
  };
  vi.stubGlobal('window', { location, history });
  vi.stubGlobal('document', document);
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  vi.stubGlobal('cancelAnimationFrame', (id: number) => {
    frames[id - 1] = () => undefined;
  });
  return {
    entries,
    history,
    location,
    /** Runs the next frame's animation callbacks, then the tasks they queued (the frame painted between). */
    paint() {
      for (const callback of frames.splice(0)) callback(0);
      vi.runOnlyPendingTimers();
    },
    hide() {
      document.hidden = true;
      for (const listener of visibilityListeners) listener();
    },
  };
}

const loadUrlWrites = () => import('../../src/state/url-writes.ts');

describe('URL writes after the paint', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.resetModules();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('leaves the URL as it was until the frame showing the choice has painted, then adds its entry', async () => {
    const browser = fakeBrowser('?view=dimensions&indicator=total');
    const { writeUrlSearch } = await loadUrlWrites();
    writeUrlSearch('?view=dimensions&indicator=1', 'push');
    vi.runOnlyPendingTimers();
    expect(browser.location.search).toBe('?view=dimensions&indicator=total');
    browser.paint();
    expect(browser.entries).toEqual(['?view=dimensions&indicator=total', '?view=dimensions&indicator=1']);
    expect(browser.location.search).toBe('?view=dimensions&indicator=1');
  });

  it('keeps each choice made before a paint as its own entry, in order, and a replace in place of the last', async () => {
    const browser = fakeBrowser('?indicator=total');
    const { writeUrlSearch } = await loadUrlWrites();
    writeUrlSearch('?indicator=1', 'push');
    writeUrlSearch('?indicator=2', 'push');
    writeUrlSearch('?indicator=2&band=iqr', 'replace');
    browser.paint();
    expect(browser.entries).toEqual(['?indicator=total', '?indicator=1', '?indicator=2&band=iqr']);
    // One paint, one flush: the next frame writes nothing again.
    browser.paint();
    expect(browser.history.pushState).toHaveBeenCalledTimes(2);
    expect(browser.history.replaceState).toHaveBeenCalledTimes(1);
  });

  it('adds no entry for a push of the URL already there (a choice made twice)', async () => {
    const browser = fakeBrowser('?indicator=total');
    const { writeUrlSearch } = await loadUrlWrites();
    writeUrlSearch('?indicator=1', 'push');
    writeUrlSearch('?indicator=1', 'push');
    browser.paint();
    expect(browser.entries).toEqual(['?indicator=total', '?indicator=1']);
  });

  it('writes at once when asked to flush (before the location is read), and not again after the paint', async () => {
    const browser = fakeBrowser('?view=overview');
    const { writeUrlSearch, flushUrlWrites } = await loadUrlWrites();
    writeUrlSearch('?view=plan', 'push');
    flushUrlWrites();
    expect(browser.location.search).toBe('?view=plan');
    browser.paint();
    expect(browser.entries).toEqual(['?view=overview', '?view=plan']);
  });

  it('drops the writes still waiting when Back or Forward moved the page', async () => {
    const browser = fakeBrowser('?view=overview');
    const { writeUrlSearch, dropUrlWrites } = await loadUrlWrites();
    writeUrlSearch('?view=plan', 'push');
    dropUrlWrites();
    browser.paint();
    expect(browser.entries).toEqual(['?view=overview']);
  });

  it('writes as the tab hides, since a hidden tab paints no frame', async () => {
    const browser = fakeBrowser('?view=overview');
    const { writeUrlSearch } = await loadUrlWrites();
    writeUrlSearch('?view=plan', 'push');
    browser.hide();
    expect(browser.entries).toEqual(['?view=overview', '?view=plan']);
    // Hidden: the next write goes in a task at once, with no frame to wait for.
    writeUrlSearch('?view=data', 'push');
    vi.runOnlyPendingTimers();
    expect(browser.entries).toEqual(['?view=overview', '?view=plan', '?view=data']);
  });
});
