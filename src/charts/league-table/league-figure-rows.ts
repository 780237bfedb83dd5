// What the league table figure draws: the table as the page shows it (filter and order), one row per unit,
// a cell per column with its score and quartile group, for a finished figure on a slide.
import type { PapiGroup } from '../../domain/types.ts';
import type { Language } from '../../i18n/languages.ts';

/** A unit's score in one column and its group in that column and year. */
export interface LeagueFigureCell {
  score: number;
  group: PapiGroup;
}

export interface LeagueFigureRow {
  code: string;
  nameVi: string;
  nameEn: string;
  /** Rank on the headline column; null for a unit the year did not rank. */
  rank: number | null;
  /** Score on the headline column (the one ranked, which may be a part of the first column); null unranked. */
  score: number | null;
  /** One per column, in the columns' order; null where the unit has no score. */
  cells: readonly (LeagueFigureCell | null)[];
}

export interface LeagueFigureRows {
  year: number;
  /** The headline indicator as the picker words it, e.g. "2. Công khai, minh bạch". */
  indicatorLabel: string;
  /** Column headers, short ("Tổng hợp", "1", …), in the table's order. */
  columns: readonly string[];
  rows: readonly LeagueFigureRow[];
}

export interface LeagueFigureSettings {
  /** Its row's name is set in bold; null or absent from the table: none. */
  selectedCode: string | null;
  source?: string | undefined;
  /** Shown under the title: the table's own subtitle (count, region, what the colours mean). */
  subtitle: string;
  /** The headline's label, for exported file names ("chi-so-2"); the spec fills it from the rows. */
  indicatorLabel?: string | undefined;
}

/** The unit's name in `lang`. */
export const figureRowName = (row: Pick<LeagueFigureRow, 'nameVi' | 'nameEn'>, lang: Language): string =>
  lang === 'vi' ? row.nameVi : row.nameEn;
