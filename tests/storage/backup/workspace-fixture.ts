// A browser profile with something of every kind kept (fake-indexeddb), filled through the stores' own
// functions as the app fills them, and helpers to open a fresh profile and to take an archive apart.
import { IDBFactory } from 'fake-indexeddb';
import JSZip from 'jszip';
import { vi } from 'vitest';
import {
  addBriefingSlide,
  closeBriefingStore,
  listBriefingSlides,
  setBriefingNote,
  setDeckTitle,
} from '../../../src/storage/briefing-store.ts';
import { writeDimensionTarget } from '../../../src/storage/dimension-targets-store.ts';
import { addImportedFiles } from '../../../src/storage/imported-files-store.ts';
import { recordQuery } from '../../../src/storage/query-history.ts';
import { writeReportUnits } from '../../../src/storage/report-units-store.ts';
import { canonicalRowsOf } from '../../../src/ingest/apply/canonical-rows.ts';
import { readImportFile } from '../../../src/ingest/read/read-import-file.ts';
import { BUNDLED_CONTEXT, readImportFixture } from '../../ingest/import-test-context.ts';

/** A new, empty browser profile (the briefing store forgets its open connection). */
export async function freshProfile(): Promise<void> {
  await closeBriefingStore();
  vi.stubGlobal('indexedDB', new IDBFactory());
}

/**
 * Two imports (a real scores CSV that applies, kept with its checked rows as an import keeps them, and a
 * workbook's choices, kept without rows as an older record is), targets of two provinces, a two-slide deck with a title and a note, one plan's unit lists, two queries. */
export async function keepSomethingOfEveryKind(): Promise<void> {
  const scores = { name: 'scores-long-2025.csv', bytes: readImportFixture('scores-long-2025.csv') };
  const read = await readImportFile(scores, BUNDLED_CONTEXT);
  await addImportedFiles([
    {
      ...scores,
      canonical: canonicalRowsOf([{ name: scores.name, result: read }], 'replace-overlapping'),
      sheet: null,
      years: null,
      typedYear: null,
      mode: 'replace-overlapping',
      importedAt: '2026-11-27T10:00:00.000Z',
    },
  ]);
  await addImportedFiles([
    {
      name: 'Báo cáo quý IV.xlsx',
      bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff]),
      sheet: 'Quý IV',
      years: [2023, 2024],
      typedYear: 2024,
      mode: 'add-only',
      importedAt: '2026-11-28T08:30:00.000Z',
    },
  ]);
  await writeDimensionTarget('P43', '2', { kind: 'median' });
  await writeDimensionTarget('P43', '6', { kind: 'value', value: 7 });
  await writeDimensionTarget('P01', '3', { kind: 'high' });
  const slide = (title: string) => ({
    chartId: `chart-${title}`,
    title,
    source: 'Nguồn: CECODES & UNDP, PAPI 2024',
    imageDataUrl: 'data:image/png;base64,iVBORw0KGgo=',
  });
  await addBriefingSlide(slide('total-trend'), new Date('2026-11-27T10:05:00Z'));
  await addBriefingSlide(slide('dimension-gap'), new Date('2026-11-27T10:06:00Z'));
  const [, second] = await listBriefingSlides();
  await setBriefingNote(second?.id ?? '', 'Nhấn mạnh khoảng cách ở chỉ số 4');
  await setDeckTitle('Giao ban PAPI quý IV');
  await writeReportUnits('474/KH-UBND', {
    district: ['Huyện Cư Jút', 'Huyện Krông Nô'],
    commune: [],
    department: ['Sở Nội vụ'],
  });
  await recordQuery('SELECT 1', new Date('2026-11-27T09:00:00Z'));
  await recordQuery("SELECT * FROM provinces WHERE name_vi = 'Đắk Nông'", new Date('2026-11-27T09:01:00Z'));
}

/** Every file of a zip (manifest included) by path. */
export async function unzipAll(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const files = new Map<string, Uint8Array>();
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) files.set(entry.name, await entry.async('uint8array'));
  }
  return files;
}

/** Zips `files` as they are (a hand-made or tampered archive). */
export async function zipAll(files: ReadonlyMap<string, Uint8Array>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [path, bytes] of files) zip.file(path, bytes);
  return zip.generateAsync({ type: 'uint8array' });
}

export const jsonBytes = (value: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(value));
export const parseJsonBytes = (bytes: Uint8Array | undefined): Record<string, unknown> =>
  JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
