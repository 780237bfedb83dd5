import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readReportUnits, writeReportUnits } from '../../src/storage/report-units-store.ts';

beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory()); // a fresh, empty browser profile per test
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('report units store', () => {
  it('keeps each plan’s unit lists, cleaned, until they are typed again', async () => {
    expect(await readReportUnits('474/KH-UBND')).toEqual({ ok: true, value: null });
    await writeReportUnits('474/KH-UBND', {
      district: [' Huyện Cư Jút ', 'Huyện Cư Jút', ''],
      commune: ['Xã Đắk Wil'],
      department: [],
    });
    await writeReportUnits('12/KH-UBND', { district: ['Huyện A'], commune: [], department: [] });
    expect(await readReportUnits('474/KH-UBND')).toEqual({
      ok: true,
      value: { district: ['Huyện Cư Jút'], commune: ['Xã Đắk Wil'], department: [] },
    });
    await writeReportUnits('474/KH-UBND', { district: [], commune: [], department: ['Sở Y tế'] });
    expect(await readReportUnits('474/KH-UBND')).toEqual({
      ok: true,
      value: { district: [], commune: [], department: ['Sở Y tế'] },
    });
  });

  it('says so when the browser has no storage', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const result = await readReportUnits('474/KH-UBND');
    expect(result).toMatchObject({ ok: false, reason: 'unavailable' });
  });
});
