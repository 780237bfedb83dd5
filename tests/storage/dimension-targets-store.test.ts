import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readDimensionTargets, writeDimensionTarget } from '../../src/storage/dimension-targets-store.ts';

beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory()); // a fresh, empty browser profile per test
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('dimension targets store', () => {
  it('keeps each province’s targets apart, across re-opening the database', async () => {
    expect(await readDimensionTargets('P43')).toEqual({ ok: true, value: {} });
    await writeDimensionTarget('P43', '2', { kind: 'median' });
    await writeDimensionTarget('P43', '6', { kind: 'value', value: 7 });
    await writeDimensionTarget('P01', '2', { kind: 'high' });
    expect(await readDimensionTargets('P43')).toEqual({
      ok: true,
      value: { '2': { kind: 'median' }, '6': { kind: 'value', value: 7 } },
    });
    expect(await readDimensionTargets('P01')).toEqual({ ok: true, value: { '2': { kind: 'high' } } });
  });

  it('replaces a target and removes one set to null', async () => {
    await writeDimensionTarget('P43', '2', { kind: 'median' });
    await writeDimensionTarget('P43', '2', { kind: 'high' });
    await writeDimensionTarget('P43', '3', { kind: 'median' });
    expect(await writeDimensionTarget('P43', '3', null)).toEqual({
      ok: true,
      value: { '2': { kind: 'high' } },
    });
    expect(await readDimensionTargets('P43')).toEqual({ ok: true, value: { '2': { kind: 'high' } } });
  });

  it('drops stored entries that are not targets (old or tampered storage)', async () => {
    await writeDimensionTarget('P43', '2', { kind: 'median' });
    const db = await openDB('papi-dashboard-targets', 1);
    await db.put('dimension-targets', {
      provinceCode: 'P43',
      targets: { '2': { kind: 'value', value: 99 }, '4': { kind: 'high' } },
    });
    db.close();
    expect(await readDimensionTargets('P43')).toEqual({ ok: true, value: { '4': { kind: 'high' } } });
  });

  it('reports a browser without IndexedDB as unavailable instead of throwing', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const result = await readDimensionTargets('P43');
    expect(result.ok).toBe(false);
    expect(result.ok ? null : result.reason).toBe('unavailable');
  });
});
