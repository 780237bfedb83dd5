import { describe, expect, it } from 'vitest';
import { importedFileSource } from '../../src/domain/imported-file-source.ts';
import { createI18n } from '../../src/i18n/create-i18n.ts';
import { splitSource } from '../../src/views/overview/split-source.ts';

const { t } = createI18n('vi');
const en = createI18n('en');

describe('splitSource', () => {
  it('shows the publisher and keeps the repository and commit for the details', () => {
    const source = 'CECODES & UNDP, PAPI 2024 (papi.org.vn), via hnks-gh/ml-mcdm@d165721';
    expect(splitSource(source, t)).toEqual({
      publisher: 'CECODES & UNDP, PAPI 2024 (papi.org.vn)',
      details: [source],
    });
  });

  it('names each publisher once when a summed score joins several sources', () => {
    const source =
      'CECODES & UNDP, PAPI 2024 (papi.org.vn), via a/b@1; CECODES & UNDP, PAPI 2024 (papi.org.vn), via c/d@2';
    const split = splitSource(source, t);
    expect(split.publisher).toBe('CECODES & UNDP, PAPI 2024 (papi.org.vn)');
    expect(split.details).toEqual([
      'CECODES & UNDP, PAPI 2024 (papi.org.vn), via a/b@1',
      'CECODES & UNDP, PAPI 2024 (papi.org.vn), via c/d@2',
    ]);
  });

  it('leaves an imported source without provenance as it is, with no details', () => {
    expect(splitSource('Sở Nội vụ, bảng điểm 2025', t)).toEqual({
      publisher: 'Sở Nội vụ, bảng điểm 2025',
      details: [],
    });
  });

  it('names the imported file, in the UI language, for rows whose file gave no source', () => {
    const stamped = importedFileSource('diem-2025, via email.csv');
    expect(splitSource(stamped, t)).toEqual({ publisher: 'tệp nhập diem-2025, via email.csv', details: [] });
    expect(splitSource(stamped, en.t).publisher).toBe('imported file diem-2025, via email.csv');
  });

  it('lists the imported file beside the publisher when a total sums bundled and imported rows', () => {
    const bundled = 'CECODES & UNDP, PAPI 2024 (papi.org.vn), via a/b@1';
    const split = splitSource(`${bundled}; ${importedFileSource('sua-1.1.csv')}`, t);
    expect(split.publisher).toBe('CECODES & UNDP, PAPI 2024 (papi.org.vn); tệp nhập sua-1.1.csv');
    expect(split.details).toEqual([bundled, 'tệp nhập sua-1.1.csv']);
  });

  it('says no source is recorded instead of failing when there is none', () => {
    expect(splitSource(null, t)).toEqual({ publisher: 'không ghi trong dữ liệu', details: [] });
    expect(splitSource('  ', en.t).publisher).toBe('not recorded in the data');
  });
});
