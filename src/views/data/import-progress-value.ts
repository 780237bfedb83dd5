// Where an import's progress bar stands: reading the bytes fills the first half as they arrive; checking and
// applying have no finer measure, so each starts at its own mark.

import type { ImportStage } from '../../session/import-and-keep.ts';

const READING_SHARE = 0.5;
const STAGE_START: Readonly<Record<ImportStage, number>> = { reading: 0, checking: 0.6, applying: 0.8 };

/** The bar's value, 0-1, for `stage` with `readFraction` (0-1) of the bytes read. */
export function importProgressValue(stage: ImportStage, readFraction: number): number {
  if (stage !== 'reading') return STAGE_START[stage];
  return READING_SHARE * Math.min(1, Math.max(0, readFraction));
}
