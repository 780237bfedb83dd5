// A scores file without a `source` column (or with empty source cells) must still say where its rows come
// from: the import records the file, and the Overview's headline names it ("Nguồn: tệp nhập <file>")
// instead of failing on a missing source. Real DuckDB, the bundled data, both read paths (row by row and bulk).

import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector.ts';
import { sql } from '../../src/db/sql.ts';
import { importedFileSource } from '../../src/domain/imported-file-source.ts';
import type { ProvinceYearSummary } from '../../src/domain/types.ts';
import { I18nProvider } from '../../src/i18n/i18n-context.tsx';
import type { Language } from '../../src/i18n/languages.ts';
import { applyImport } from '../../src/ingest/apply/apply-import.ts';
import { fetchImportContext } from '../../src/ingest/apply/fetch-import-context.ts';
import { readImportFile } from '../../src/ingest/read/read-import-file.ts';
import { fetchProvinceYearSummary } from '../../src/queries/province-year-summary.ts';
import { HeadlineCards } from '../../src/views/overview/headline-cards.tsx';
import { createLoadedConnector } from '../helpers/data-files.ts';
import { reloadBundledData } from './apply/apply-test-support.ts';

let conn: Connector;
beforeAll(async () => {
  conn = await createLoadedConnector();
});
afterAll(async () => {
  await conn.close();
});
beforeEach(async () => {
  await reloadBundledData(conn);
});

type ReadPath = 'rows' | 'bulk';

/** Reads and applies one file through the chosen path; the outcome must be a success. */
async function importScores(name: string, text: string, path: ReadPath): Promise<void> {
  const context = {
    ...(await fetchImportContext(conn)),
    bulkMinBytes: path === 'bulk' ? 0 : Number.POSITIVE_INFINITY,
  };
  const result = await readImportFile({ name, bytes: new TextEncoder().encode(text) }, context);
  expect(result.problems).toEqual([]);
  expect(result.kind === 'scores_long' && result.bulk !== undefined).toBe(path === 'bulk');
  expect(await applyImport(conn, [{ name, result }])).toMatchObject({ ok: true });
}

/** The sub-dimensions a year has, with their scales, as the bundled indicators table defines them. */
const subdimensionsOf = (year: number) =>
  conn.query<{ code: string; min: number; max: number }>(sql`
    SELECT code, min, max FROM indicators
    WHERE level = 'subdimension' AND first_year <= ${year} AND coalesce(last_year, ${year}) >= ${year}
    ORDER BY code`);

/** A made-up score inside the scale, different per province and sub-dimension, with two decimals. */
const scoreFor = (scale: { min: number; max: number }, provinceIndex: number, codeIndex: number): number =>
  Math.round(
    (scale.min + ((scale.max - scale.min) * (((provinceIndex * 7 + codeIndex * 3) % 10) + 0.5)) / 10) * 100,
  ) / 100;

/** Every sub-dimension score of `provinces` in `year`, in the long layout without a source column. */
async function scoresWithoutSource(provinces: readonly string[], year: number) {
  const subdimensions = await subdimensionsOf(year);
  const totals = new Map<string, number>();
  const lines = ['Tỉnh,Năm,Chỉ số,Điểm'];
  provinces.forEach((province, provinceIndex) => {
    let total = 0;
    subdimensions.forEach((scale, codeIndex) => {
      const score = scoreFor(scale, provinceIndex, codeIndex);
      total += score;
      lines.push(`${province},${year},${scale.code},${score}`);
    });
    totals.set(province, total);
  });
  return { text: `${lines.join('\n')}\n`, totals };
}

const renderHeadline = (summary: ProvinceYearSummary, lang: Language): string =>
  renderToStaticMarkup(
    createElement(I18nProvider, { lang, children: createElement(HeadlineCards, { summary }) }),
  );

/** The text of the headline's source line (data-testid="overview-source"). */
const sourceLine = (html: string): string =>
  /data-testid="overview-source">([^<]*)</.exec(html)?.[1]?.replace(/&amp;/g, '&') ?? '';

describe.each<ReadPath>(['rows', 'bulk'])('a scores file without a source column (%s path)', (path) => {
  it('gives a 34-unit 2025 year a rank, and the headline names the imported file as its source', async () => {
    const newUnits = (
      await conn.query<{ code: string }>(sql`SELECT code FROM provinces WHERE kind = 'new' ORDER BY code`)
    ).map((row) => row.code);
    expect(newUnits).toHaveLength(34);
    const fileName = 'diem-papi-2025-34-tinh.csv';
    const { text, totals } = await scoresWithoutSource(newUnits, 2025);
    await importScores(fileName, text, path);

    const summary = await fetchProvinceYearSummary(conn, '68', 2025);
    const total = totals.get('68') ?? Number.NaN;
    // Ties share a rank: 1 + the units with a higher total.
    const expectedRank = 1 + [...totals.values()].filter((other) => other > total + 1e-9).length;
    expect(summary).toMatchObject({
      scoredCount: 34,
      rank: expectedRank,
      source: importedFileSource(fileName),
    });
    expect(summary?.total).toBeCloseTo(total, 6);

    if (summary === null) throw new Error('no summary for Lâm Đồng 2025');
    expect(sourceLine(renderHeadline(summary, 'vi'))).toMatch(
      /^Nguồn: tệp nhập diem-papi-2025-34-tinh\.csv\. /,
    );
    expect(sourceLine(renderHeadline(summary, 'en'))).toMatch(
      /^Source: imported file diem-papi-2025-34-tinh\.csv\. /,
    );
  });

  it('names the file for an old year whose rows it replaced whole, and beside the publisher when it replaced one', async () => {
    const whole = await scoresWithoutSource(['Đắk Nông'], 2023);
    await importScores('dak-nong-2023.csv', whole.text, path);
    const replaced = await fetchProvinceYearSummary(conn, 'P43', 2023);
    expect(replaced).toMatchObject({ source: importedFileSource('dak-nong-2023.csv') });
    expect(replaced?.total).toBeCloseTo(whole.totals.get('Đắk Nông') ?? Number.NaN, 6);
    if (replaced === null) throw new Error('no summary for Đắk Nông 2023');
    expect(sourceLine(renderHeadline(replaced, 'vi'))).toMatch(/^Nguồn: tệp nhập dak-nong-2023\.csv\. /);

    // A source column whose cell is empty counts as none: one corrected sub-dimension of 2024.
    await importScores('sua-1.1.csv', 'Tỉnh,Năm,Chỉ số,Điểm,Nguồn\nĐắk Nông,2024,1.1,2.05,  \n', path);
    const corrected = await fetchProvinceYearSummary(conn, 'P43', 2024);
    if (corrected === null) throw new Error('no summary for Đắk Nông 2024');
    expect(sourceLine(renderHeadline(corrected, 'vi'))).toMatch(
      /^Nguồn: CECODES & UNDP, PAPI 2024 \(papi\.org\.vn\); tệp nhập sua-1\.1\.csv\. /,
    );
  });
});

describe('a headline whose rows record no source at all', () => {
  it('renders and says the source is not recorded (a table loaded without sources)', async () => {
    const summary = await fetchProvinceYearSummary(conn, 'P43', 2024);
    if (summary === null) throw new Error('no summary for Đắk Nông 2024');
    expect(sourceLine(renderHeadline({ ...summary, source: null }, 'vi'))).toMatch(
      /^Nguồn: không ghi trong dữ liệu\. /,
    );
  });
});
