// A reset in one tab is announced to the others before it erases what they show, and the resetting tab first
// asks which imports the others hold applied but not kept (Node's BroadcastChannel is the browser's API).
import { afterEach, describe, expect, it } from 'vitest';
import {
  createTabSync,
  TAB_CHANNEL_NAME,
  type DataChangedMessage,
  type TabSync,
  type TabSyncOptions,
} from '../../src/session/tab-sync.ts';
import { createCallLog } from '../helpers/call-log.ts';

const opened: TabSync[] = [];
afterEach(() => {
  opened.splice(0).forEach((sync) => sync.close());
});

const tab = (
  options: TabSyncOptions = {},
  onOtherTabChanged: (message: DataChangedMessage) => void = () => undefined,
): TabSync => {
  const sync = createTabSync(new BroadcastChannel(TAB_CHANNEL_NAME), onOtherTabChanged, options);
  opened.push(sync);
  return sync;
};

describe('a reset reaches the other tabs first', () => {
  it('tells every other tab that a reset is coming, and not the tab that resets', async () => {
    const resetComingA = createCallLog();
    const resetComingB = createCallLog();
    const changedA = createCallLog<DataChangedMessage>();
    const a = tab({ onResetComing: resetComingA.record }, changedA.record);
    const b = tab({ onResetComing: resetComingB.record });
    a.announceResetComing();
    await resetComingB.called(1);
    // b answers once a's message has reached it, so a's own, had it come back, would be queued before b's.
    b.announce('import');
    await changedA.called(1);
    expect(resetComingB.calls).toHaveLength(1);
    expect(resetComingA.calls).toHaveLength(0);
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
