import { describe, expect, it } from 'vitest';
import { DEFAULT_PROVINCE_CODE } from '../../src/domain/papi.ts';
import type { UrlState } from '../../src/state/url-state.ts';
import { DEFAULT_URL_STATE, parseUrlState, serialiseUrlState } from '../../src/state/url-state.ts';

describe('URL state', () => {
  it('round-trips a full state', () => {
    const state: UrlState = { province: 'P01', year: 2019, lang: 'en', view: 'plan' };
    expect(serialiseUrlState(state)).toBe('?province=P01&year=2019&lang=en&view=plan');
    expect(parseUrlState(serialiseUrlState(state))).toEqual(state);
  });

  it('round-trips the default state, leaving the year out while it means latest', () => {
    expect(serialiseUrlState(DEFAULT_URL_STATE)).toBe(
      `?province=${DEFAULT_PROVINCE_CODE}&lang=vi&view=overview`,
    );
    expect(parseUrlState(serialiseUrlState(DEFAULT_URL_STATE))).toEqual(DEFAULT_URL_STATE);
  });

  it('opens the default view of the default province for an empty query', () => {
    expect(parseUrlState('')).toEqual({
      province: DEFAULT_PROVINCE_CODE,
      year: null,
      lang: 'vi',
      view: 'overview',
    });
  });

  it('falls back to the defaults for unknown or malformed values', () => {
    expect(parseUrlState('?province=<script>&year=20x4&lang=fr&view=admin')).toEqual(DEFAULT_URL_STATE);
    expect(parseUrlState('?year=1990').year).toBeNull();
    expect(parseUrlState('?year=2024.5').year).toBeNull();
  });

  it('rejects a well-formed province the loaded data does not know', () => {
    const known = new Set(['P43', 'P01']);
    expect(parseUrlState('?province=P99', known).province).toBe(DEFAULT_PROVINCE_CODE);
    expect(parseUrlState('?province=P01', known).province).toBe('P01');
  });

  it('ignores parameters it does not know', () => {
    expect(parseUrlState('?utm_source=mail&view=data').view).toBe('data');
  });
});
