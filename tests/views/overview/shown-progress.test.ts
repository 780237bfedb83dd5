import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/db/connector.ts';
import { fetchDimensionStandings } from '../../../src/queries/dimension-standings.ts';
import { rowsShowProgress } from '../../../src/views/overview/use-shown-progress.ts';
import { createLoadedConnector } from '../../helpers/data-files.ts';

let conn: Connector;
beforeAll(async () => {
  conn = await createLoadedConnector();
});
afterAll(async () => {
  await conn.close();
});

// The Overview names the progress's provenance (and marks the sample) only where it shows completion.
describe('whether the Overview shows progress', () => {
  it("shows it for Đắk Nông in its plan's target year, 2024", async () => {
    expect(rowsShowProgress(await fetchDimensionStandings(conn, 'P43', 2024))).toBe(true);
  });

  it('does not in another year, nor for a province without a plan, nor while loading', async () => {
    expect(rowsShowProgress(await fetchDimensionStandings(conn, 'P43', 2023))).toBe(false);
    expect(rowsShowProgress(await fetchDimensionStandings(conn, 'P01', 2024))).toBe(false);
    expect(rowsShowProgress(undefined)).toBe(false);
  });
});
