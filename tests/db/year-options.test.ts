// The year picker's options against the real bundled data: every year of the data, the ones without a
// score for the province kept (disabled in the UI), never dropped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector.ts';
import { fetchYearOptions, mergeYearOptions, scoredYearsOf } from '../../src/queries/scored-years.ts';
import { createLoadedConnector } from '../helpers/data-files.ts';

let conn: Connector;
beforeAll(async () => {
  conn = await createLoadedConnector();
});
afterAll(async () => {
  await conn.close();
});

const ALL_YEARS = Array.from({ length: 14 }, (_, i) => 2011 + i);

const yearsWithoutScore = async (provinceCode: string): Promise<number[]> =>
  (await fetchYearOptions(conn, provinceCode)).filter((o) => !o.hasScore).map((o) => o.year);

describe('fetchYearOptions', () => {
  it('lists every year of the data, 2011-2024, in order', async () => {
    expect((await fetchYearOptions(conn, 'P43')).map((o) => o.year)).toEqual(ALL_YEARS);
  });

  it('marks Quảng Ninh (P14) 2018, 2021 and 2023 as without a score', async () => {
    expect(await yearsWithoutScore('P14')).toEqual([2018, 2021, 2023]);
  });

  it('marks Bắc Giang (P15) 2014, 2021 and 2022 as without a score', async () => {
    expect(await yearsWithoutScore('P15')).toEqual([2014, 2021, 2022]);
  });

  it('marks Vĩnh Phúc (P17) 2024 as without a score, and Đắk Nông (P43) none', async () => {
    expect(await yearsWithoutScore('P17')).toEqual([2024]);
    expect(await yearsWithoutScore('P43')).toEqual([]);
  });

  it('lists every year as without a score for a code the data does not know', async () => {
    expect(await yearsWithoutScore('P99')).toEqual(ALL_YEARS);
  });

  it('gives the scored years the selection resolves against', async () => {
    expect(scoredYearsOf(await fetchYearOptions(conn, 'P17'))).toEqual(ALL_YEARS.slice(0, -1));
  });
});

describe('mergeYearOptions (a unit the merger left whole, under both codes)', () => {
  it('gives Hà Nội’s new code 01, which has no score of its own, the years of its old code P01', async () => {
    const newCode = await fetchYearOptions(conn, '01');
    expect(scoredYearsOf(newCode)).toEqual([]);
    const merged = mergeYearOptions(newCode, await fetchYearOptions(conn, 'P01'));
    expect(scoredYearsOf(merged ?? [])).toEqual(ALL_YEARS);
  });

  it('keeps Quảng Ninh’s years without a score missing under both codes, and waits for both', async () => {
    const merged = mergeYearOptions(await fetchYearOptions(conn, 'P14'), await fetchYearOptions(conn, '22'));
    expect((merged ?? []).filter((o) => !o.hasScore).map((o) => o.year)).toEqual([2018, 2021, 2023]);
    expect(mergeYearOptions(await fetchYearOptions(conn, 'P14'), undefined)).toBeUndefined();
  });
});
