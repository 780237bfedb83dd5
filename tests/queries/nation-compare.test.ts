// Provinces side by side against the bundled data (real DuckDB): a new (2025) unit is shown as its predecessors,
// each an entry of its own with its own published scores (never averaged), and the totals break where the
// total's definition changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { breakYears, totalSegments } from '../../src/charts/province-compare/compare-totals-data.ts';
import type { Connector } from '../../src/db/connector.ts';
import { createI18n } from '../../src/i18n/create-i18n.ts';
import { fetchCompareProfiles } from '../../src/queries/nation-compare-profiles.ts';
import { fetchCompareTotals } from '../../src/queries/nation-compare-totals.ts';
import { fetchProvinceYearSummary } from '../../src/queries/province-year-summary.ts';
import { fetchProvinces } from '../../src/queries/provinces.ts';
import { compareEntriesOf } from '../../src/views/nation/compare/compare-entries-of.ts';
import { createLoadedConnector } from '../helpers/data-files.ts';

let conn: Connector;
beforeAll(async () => {
  conn = await createLoadedConnector();
});
afterAll(async () => {
  await conn.close();
});

// The new Lâm Đồng (code 68) absorbed Đắk Nông (P43), Lâm Đồng (P44) and Bình Thuận.
const NEW_LAM_DONG = '68';

describe('compare profiles', () => {
  it('shows a new unit as its predecessors, each with its own 2024 total, never averaged', async () => {
    const provinces = await fetchProvinces(conn);
    const predecessors = provinces.find((p) => p.code === NEW_LAM_DONG)?.predecessorCodes ?? [];
    expect(predecessors).toHaveLength(3);
    const rows = await fetchCompareProfiles(conn, ['P14', NEW_LAM_DONG], 2024);
    const totals = rows.filter((row) => row.level === 'total');
    expect(totals.map((row) => row.entryCode)).toEqual(['P14', ...predecessors]);
    expect(totals.every((row) => row.forCode === (row.entryCode === 'P14' ? 'P14' : NEW_LAM_DONG))).toBe(
      true,
    );
    expect(rows.some((row) => row.entryCode === NEW_LAM_DONG)).toBe(false);
    for (const total of totals) {
      const summary = await fetchProvinceYearSummary(conn, total.entryCode, 2024);
      expect(total.score, total.entryCode).toBe(summary?.total);
    }
    // Each entry has its 8 dimensions that year beside its total.
    expect(rows.filter((row) => row.entryCode === 'P43' && row.level === 'dimension')).toHaveLength(8);
  });

  it('labels a stand-in predecessor "(cũ)" and keeps the chosen order', async () => {
    const provinces = await fetchProvinces(conn);
    const rows = await fetchCompareProfiles(conn, ['P14', NEW_LAM_DONG], 2024);
    const entries = compareEntriesOf(rows, provinces, createI18n('vi'));
    const predecessors = provinces.find((p) => p.code === NEW_LAM_DONG)?.predecessorCodes ?? [];
    const formerNames = predecessors.map((code) => `${provinces.find((p) => p.code === code)?.nameVi} (cũ)`);
    expect(formerNames).toContain('Đắk Nông (cũ)');
    expect(entries.map((entry) => entry.label)).toEqual(['Quảng Ninh', ...formerNames]);
  });

  it('gives nothing for fewer than one code, and nothing for a year without scores', async () => {
    expect(await fetchCompareProfiles(conn, [], 2024)).toEqual([]);
    expect(await fetchCompareProfiles(conn, ['P43', 'P44'], 2030)).toEqual([]);
  });
});

describe('compare totals', () => {
  it("draws Đắk Nông's totals 2011-2024 in two pieces, broken at 2018", async () => {
    const rows = await fetchCompareTotals(conn, ['P43', 'P44']);
    const dakNong = rows.filter((row) => row.entryCode === 'P43');
    expect(dakNong.map((row) => row.year)).toEqual(Array.from({ length: 14 }, (_, i) => 2011 + i));
    expect(breakYears(rows)).toEqual([2018]);
    const segments = totalSegments(rows, 'P43');
    expect(segments.map((segment) => segment.map((point) => point.year)[0])).toEqual([2011, 2018]);
    expect(dakNong.find((row) => row.year === 2023)?.total).toBeCloseTo(38.97, 2);
  });
});
