// A reset in one tab is announced to the others before it erases what they show, and the resetting tab first
// asks which imports the others hold applied but not kept (Node's BroadcastChannel is the browser's API).
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createTabSync,
  TAB_CHANNEL_NAME,
  type TabSync,
  type TabSyncOptions,
} from '../../src/session/tab-sync.ts';

const opened: TabSync[] = [];
afterEach(() => {
  opened.splice(0).forEach((sync) => sync.close());
});

const tab = (options: TabSyncOptions = {}): TabSync => {
  const sync = createTabSync(new BroadcastChannel(TAB_CHANNEL_NAME), () => undefined, options);
  opened.push(sync);
  return sync;
};

const delivered = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 50));

describe('a reset reaches the other tabs first', () => {
  it('tells every other tab that a reset is coming, and not the tab that resets', async () => {
    const heardA = vi.fn();
    const heardB = vi.fn();
    const a = tab({ onResetComing: heardA });
    tab({ onResetComing: heardB });
    a.announceResetComing();
    await delivered();
    expect(heardB).toHaveBeenCalledTimes(1);
    expect(heardA).not.toHaveBeenCalled();
  });

  it('hears the files other tabs could not keep; a tab with none stays silent', async () => {
    const resetting = tab({ unkeptFiles: () => ['mine.csv'] });
    tab({ unkeptFiles: () => ['bao-cao-quy-IV.csv'] });
    tab({ unkeptFiles: () => [] });
    tab({ unkeptFiles: () => ['diem-2025.csv', 'ke-hoach.xlsx'] });
    const heard = await resetting.askForUnkeptImports(200);
    expect([...heard].sort()).toEqual(['bao-cao-quy-IV.csv', 'diem-2025.csv', 'ke-hoach.xlsx']);
  });

  it('hears nothing when every other tab has kept everything', async () => {
    const resetting = tab();
    tab({ unkeptFiles: () => [] });
    expect(await resetting.askForUnkeptImports(100)).toEqual([]);
  });

  it('a tab without BroadcastChannel has no one to ask or tell', async () => {
    const alone = createTabSync(null, () => undefined);
    expect(() => alone.announceResetComing()).not.toThrow();
    expect(await alone.askForUnkeptImports(10)).toEqual([]);
  });
});
