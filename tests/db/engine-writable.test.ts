// A start that reads the bundled database in place leaves its copy for the first write (src/db/engine-writable.ts):
// writes that come together wait for one copy, a copy that failed is tried again by the next write, and an engine
// with nothing to copy writes at once.
import { describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector.ts';
import { makeWritable, readsInPlace, setWritableMaker } from '../../src/db/engine-writable.ts';

const engine = (): Connector => ({ toJSON: () => 'fake' }) as unknown as Connector;

describe('makeWritable', () => {
  it('copies once for writes that come together, then no more', async () => {
    const conn = engine();
    let copies = 0;
    setWritableMaker(conn, async () => {
      copies += 1;
      await new Promise((resolve) => setTimeout(resolve, 5));
    });
    expect(readsInPlace(conn)).toBe(true);
    await Promise.all([makeWritable(conn), makeWritable(conn), makeWritable(conn)]);
    await makeWritable(conn);
    expect(copies).toBe(1);
    expect(readsInPlace(conn)).toBe(false);
  });

  it('rejects with the failed copy, and the next write tries again', async () => {
    const conn = engine();
    let attempts = 0;
    setWritableMaker(conn, () => {
      attempts += 1;
      return attempts === 1 ? Promise.reject(new Error('Out of Memory Error')) : Promise.resolve();
    });
    await expect(makeWritable(conn)).rejects.toThrow('Out of Memory Error');
    expect(readsInPlace(conn)).toBe(true);
    await makeWritable(conn);
    expect(attempts).toBe(2);
    expect(readsInPlace(conn)).toBe(false);
  });

  it('does nothing for an engine a start did not leave reading in place', async () => {
    const conn = engine();
    expect(readsInPlace(conn)).toBe(false);
    await expect(makeWritable(conn)).resolves.toBeUndefined();
  });
});
