import { describe, expect, it } from 'vitest';
import { DEFAULT_PROVINCE_CODE } from '../../src/domain/papi.ts';
import type { UrlState } from '../../src/state/url-state.ts';
import { DEFAULT_URL_STATE, parseUrl, parseUrlState, serialiseUrlState } from '../../src/state/url-state.ts';

describe('URL state', () => {
  it('round-trips a full state, writing the URL format version first', () => {
    const state: UrlState = { province: 'P01', year: 2019, lang: 'en', view: 'plan' };
    expect(serialiseUrlState(state)).toBe('?v=1&province=P01&year=2019&lang=en&view=plan');
    expect(parseUrlState(serialiseUrlState(state))).toEqual(state);
  });

  it('round-trips the default state, leaving the year out while it means latest', () => {
    expect(serialiseUrlState(DEFAULT_URL_STATE)).toBe(
      `?v=1&province=${DEFAULT_PROVINCE_CODE}&lang=vi&view=overview`,
    );
    expect(parseUrlState(serialiseUrlState(DEFAULT_URL_STATE))).toEqual(DEFAULT_URL_STATE);
  });

  it('opens the default view of the default province for an empty query, with nothing to report', () => {
    expect(parseUrl('')).toEqual({
      state: { province: DEFAULT_PROVINCE_CODE, year: null, lang: 'vi', view: 'overview' },
      invalid: {},
    });
  });

  it('reads a link made before the version existed (version 0) as the same view', () => {
    expect(parseUrlState('?province=P43&year=2024&lang=vi')).toEqual({
      province: 'P43',
      year: 2024,
      lang: 'vi',
      view: 'overview',
    });
  });

  it('falls back to the defaults for malformed values and lists what it could not use', () => {
    expect(parseUrl('?province=<script>&year=20x4&lang=fr&view=admin')).toEqual({
      state: DEFAULT_URL_STATE,
      invalid: { province: '<script>', year: '20x4', lang: 'fr', view: 'admin' },
    });
    expect(parseUrl('?year=1990')).toEqual({ state: DEFAULT_URL_STATE, invalid: { year: '1990' } });
    expect(parseUrl('?year=2024.5').invalid).toEqual({ year: '2024.5' });
  });

  it('keeps a well-formed province code for the data to judge (P99 is checked against the provinces)', () => {
    expect(parseUrl('?province=P99')).toEqual({
      state: { ...DEFAULT_URL_STATE, province: 'P99' },
      invalid: {},
    });
  });

  it('ignores parameters it does not know', () => {
    expect(parseUrl('?utm_source=mail&view=data')).toEqual({
      state: { ...DEFAULT_URL_STATE, view: 'data' },
      invalid: {},
    });
  });

  it("keeps the current view's own parameters in its declared order and drops other views' ones", () => {
    const state: UrlState = {
      ...DEFAULT_URL_STATE,
      view: 'dimensions',
      viewParams: { peers: 'P01,P02', indicator: '2.1', q: 'tham nhung' },
    };
    const search = serialiseUrlState(state);
    expect(search).toBe('?v=1&province=P43&lang=vi&view=dimensions&indicator=2.1&peers=P01%2CP02');
    expect(parseUrlState(search)).toEqual({
      ...DEFAULT_URL_STATE,
      view: 'dimensions',
      viewParams: { indicator: '2.1', peers: 'P01,P02' },
    });
    expect(parseUrlState('?view=overview&indicator=2.1')).toEqual(DEFAULT_URL_STATE);
  });
});
