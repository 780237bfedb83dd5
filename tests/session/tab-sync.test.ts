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

const opened: TabSync[] = [];
afterEach(() => {
  opened.splice(0).forEach((sync) => sync.close());
});

/** A tab: its sync on a channel of the app's name, and the messages it heard from other tabs. */
function tab(): { sync: TabSync; heard: DataChangedMessage[]; raw: BroadcastChannel } {
  const heard: DataChangedMessage[] = [];
  const raw = new BroadcastChannel(TAB_CHANNEL_NAME);
  const sync = createTabSync(raw, (message) => heard.push(message));
  opened.push(sync);
  return { sync, heard, raw };
}

/** Lets the channel deliver what was posted. */
const delivered = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 50));

describe('tabs agree', () => {
  it('an import kept in one tab reaches every other tab, and not the tab that made it', async () => {
    const a = tab();
    const b = tab();
    const c = tab();
    a.sync.announce('import');
    await delivered();
    expect(b.heard).toEqual([{ kind: 'data-changed', cause: 'import' }]);
    expect(c.heard).toEqual([{ kind: 'data-changed', cause: 'import' }]);
    expect(a.heard).toEqual([]);
    b.sync.announce('reset');
    await delivered();
    expect(a.heard).toEqual([{ kind: 'data-changed', cause: 'reset' }]);
  });

  it('ignores anything else posted on the channel', async () => {
    const a = tab();
    const b = tab();
    a.raw.postMessage({ kind: 'data-changed', cause: 'delete-everything' });
    a.raw.postMessage('data-changed');
    a.raw.postMessage(null);
    await delivered();
    expect(b.heard).toEqual([]);
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
