// Small pure helpers of the Data view: origin of a table, its source as read, load time per locale, templates.
import { describe, expect, it } from 'vitest';
import { readImportFile } from '../../../src/ingest/read/read-import-file.ts';
import { datasetOrigin, sourceLabel } from '../../../src/views/data/dataset-origin.ts';
import { formatLoadedAt } from '../../../src/views/data/format-loaded-at.ts';
import {
  importTemplate,
  importTemplateXlsx,
  TEMPLATE_KINDS,
} from '../../../src/views/data/import-templates.ts';
import { BUNDLED_CONTEXT } from '../../ingest/import-test-context.ts';

describe('datasetOrigin / sourceLabel', () => {
  it('a bundled table stays bundled; one that merged a file is imported', () => {
    expect(datasetOrigin('bundled: data/papi-scores.csv')).toBe('bundled');
    expect(datasetOrigin('bundled: data/papi-scores.csv; diem-2025.xlsx')).toBe('imported');
    expect(datasetOrigin('bao-cao-q4.csv')).toBe('imported');
    expect(sourceLabel('bundled: data/papi-scores.csv; diem-2025.xlsx')).toBe(
      'data/papi-scores.csv; diem-2025.xlsx',
    );
  });
});

describe('formatLoadedAt', () => {
  it('writes the time as each language does, in the given time zone; unreadable is a dash', () => {
    const iso = '2026-11-27T17:40:00.000Z';
    expect(formatLoadedAt(iso, 'vi', 'UTC')).toContain('27/11/2026');
    expect(formatLoadedAt(iso, 'vi', 'UTC')).toContain('17:40');
    expect(formatLoadedAt(iso, 'en', 'UTC')).toBe('27/11/2026, 17:40');
    expect(formatLoadedAt('not a date', 'en')).toBe('—');
    expect(formatLoadedAt(null, 'vi')).toBe('—');
  });
});

describe('import templates', () => {
  it.each(TEMPLATE_KINDS)(
    '%s: BOM, Vietnamese headers, two example rows the importer reads without a problem',
    async (kind) => {
      const { fileName, text } = importTemplate(kind);
      expect(fileName).toMatch(/\.csv$/);
      expect(text.startsWith('\uFEFF')).toBe(true);
      const lines = text.trim().split('\r\n');
      expect(lines).toHaveLength(3);
      expect(lines.slice(1).every((line) => /ví dụ/i.test(line))).toBe(true);
      const result = await readImportFile(
        { name: fileName, bytes: new TextEncoder().encode(text) },
        BUNDLED_CONTEXT,
      );
      expect(result.problems).toEqual([]);
      expect(result.rows).toHaveLength(2);
      expect(result.kind).toBe(kind === 'scores' ? 'scores_long' : kind);
    },
  );

  it.each(TEMPLATE_KINDS)('%s as .xlsx: the same two rows, read without a problem', async (kind) => {
    const { fileName, bytes } = await importTemplateXlsx(kind);
    expect(fileName).toMatch(/\.xlsx$/);
    const result = await readImportFile({ name: fileName, bytes }, BUNDLED_CONTEXT);
    expect(result.problems).toEqual([]);
    expect(result.rows).toHaveLength(2);
    expect(result.kind).toBe(kind === 'scores' ? 'scores_long' : kind);
  });
});
