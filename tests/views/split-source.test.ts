import { describe, expect, it } from 'vitest';
import { splitSource } from '../../src/views/overview/split-source.ts';

describe('splitSource', () => {
  it('shows the publisher and keeps the repository and commit for the details', () => {
    const source = 'CECODES & UNDP, PAPI 2024 (papi.org.vn), via hnks-gh/ml-mcdm@d165721';
    expect(splitSource(source)).toEqual({
      publisher: 'CECODES & UNDP, PAPI 2024 (papi.org.vn)',
      details: [source],
    });
  });

  it('names each publisher once when a summed score joins several sources', () => {
    const source =
      'CECODES & UNDP, PAPI 2024 (papi.org.vn), via a/b@1; CECODES & UNDP, PAPI 2024 (papi.org.vn), via c/d@2';
    const split = splitSource(source);
    expect(split.publisher).toBe('CECODES & UNDP, PAPI 2024 (papi.org.vn)');
    expect(split.details).toEqual([
      'CECODES & UNDP, PAPI 2024 (papi.org.vn), via a/b@1',
      'CECODES & UNDP, PAPI 2024 (papi.org.vn), via c/d@2',
    ]);
  });

  it('leaves an imported source without provenance as it is, with no details', () => {
    expect(splitSource('Sở Nội vụ, bảng điểm 2025')).toEqual({
      publisher: 'Sở Nội vụ, bảng điểm 2025',
      details: [],
    });
  });
});
