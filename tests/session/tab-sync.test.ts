// Two tabs of the app in one browser, as two BroadcastChannels of one name (Node has the browser's API): a
// change announced in one reaches the other, never itself, and nothing else on the channel is taken for one.
import { afterEach, describe, expect, it } from 'vitest';
import {
  createTabSync,
  DATA_LOCK_NAME,
  TAB_CHANNEL_NAME,
  withDataLock,
  type DataChangedMessage,
  type TabSync,
} from '../../src/session/tab-sync.ts';
import { createCallLog, type CallLog } from '../helpers/call-log.ts';

const opened: TabSync[] = [];
afterEach(() => {
  opened.splice(0).forEach((sync) => sync.close());
});

/** A tab: its sync on a channel of the app's name, and the messages it heard from other tabs. */
function tab(): { sync: TabSync; heard: CallLog<DataChangedMessage>; raw: BroadcastChannel } {
  const heard = createCallLog<DataChangedMessage>();
  const raw = new BroadcastChannel(TAB_CHANNEL_NAME);
  const sync = createTabSync(raw, heard.record);
  opened.push(sync);
  return { sync, heard, raw };
}

describe('tabs agree', () => {
  it('an import kept in one tab reaches every other tab, and not the tab that made it', async () => {
    const a = tab();
    const b = tab();
    const c = tab();
    a.sync.announce('import');
    await Promise.all([b.heard.called(1), c.heard.called(1)]);
    expect(b.heard.calls).toEqual([{ kind: 'data-changed', cause: 'import' }]);
    expect(c.heard.calls).toEqual([{ kind: 'data-changed', cause: 'import' }]);
    // b answers once a's message has reached it, so a's own, had it come back, would be queued before b's.
    b.sync.announce('reset');
    await a.heard.called(1);
    expect(a.heard.calls).toEqual([{ kind: 'data-changed', cause: 'reset' }]);
  });

  it('ignores anything else posted on the channel', async () => {
    const a = tab();
    const b = tab();
    a.raw.postMessage({ kind: 'data-changed', cause: 'delete-everything' });
    a.raw.postMessage('data-changed');
    a.raw.postMessage(null);
    // One tab's messages arrive in order: once its next announcement is heard, the ones before it were seen.
    a.sync.announce('import');
    await b.heard.called(1);
    expect(b.heard.calls).toEqual([{ kind: 'data-changed', cause: 'import' }]);
  });

  it('a tab without BroadcastChannel works alone', () => {
    const sync = createTabSync(null, () => {
      throw new Error('never called');
    });
    expect(() => sync.announce('import')).not.toThrow();
  });
});

describe('changes of the data under one lock across tabs', () => {
  it('asks the browser for the data lock by its name, and runs the change inside it', async () => {
    const order: string[] = [];
    const locks = {
      request: async <T>(name: string, callback: () => Promise<T>): Promise<T> => {
        order.push(`lock ${name}`);
        const result = await callback();
        order.push('unlock');
        return result;
      },
    };
    const result = await withDataLock(locks, async () => {
      order.push('change');
      return 42;
    });
    expect(result).toBe(42);
    expect(order).toEqual([`lock ${DATA_LOCK_NAME}`, 'change', 'unlock']);
  });

  it('runs the change at once where the browser has no locks', async () => {
    expect(await withDataLock(undefined, () => Promise.resolve('done'))).toBe('done');
  });
});
