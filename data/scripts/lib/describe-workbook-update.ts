/** What `npm run data:build -- --workbook` prints: what was read, what changes (or would), what to look at. */
import { OFFICIAL_YEARS_DIR } from './official-year-scores.ts';
import type { WorkbookUpdate } from './official-workbook-update.ts';

const listed = (items: readonly string[]): string => (items.length === 0 ? 'none' : items.join(', '));

/** The lines to print, one fact each. */
export function describeWorkbookUpdate(update: WorkbookUpdate): string[] {
  if (!update.ok) {
    return [
      ...update.refusals.map((line) => `refused: ${line}`),
      ...update.warnings.map((line) => `warning: ${line}`),
      `${update.file} refused: data/ left unchanged.`,
    ];
  }
  const { notes, change } = update;
  const yearFrom = notes.yearFrom === 'sheet' ? 'the sheet name' : 'the file name';
  return [
    `${update.file}, sheet “${update.sheet}”: PAPI ${notes.year} (year read from ${yearFrom} “${notes.yearName}”), ${change.after} sub-dimension scores.`,
    ...(update.otherSheets.length > 0
      ? [`other year sheets (pick one with --sheet): ${update.otherSheets.map((s) => `“${s}”`).join(', ')}`]
      : []),
    `not scored in ${notes.year} in the file: ${listed(notes.unscored)}`,
    ...(notes.skippedRows > 0 ? [`rows left out (not scores): ${notes.skippedRows}`] : []),
    ...(notes.surveyValues > 0
      ? [
          `survey indicator values read but not bundled (import the workbook in the app to keep them): ${notes.surveyValues}`,
        ]
      : []),
    ...update.warnings.map((line) => `warning: ${line}`),
    `papi-scores.csv, ${change.year}: ${change.before} rows → ${change.after}; ${change.changed} scores changed; other years unchanged.`,
    `provinces scored before, not in the file (their ${change.year} scores go): ${listed(change.provincesRemoved)}`,
    `provinces new in ${change.year}: ${listed(change.provincesAdded)}`,
    `indicators.csv: ${update.indicatorsChanged ? 'first/last years change' : 'unchanged'}.`,
    update.written
      ? `written: papi-scores.csv, sources/${OFFICIAL_YEARS_DIR}/${notes.year}.csv${update.indicatorsChanged ? ', indicators.csv' : ''}.`
      : 'dry run: nothing written.',
  ];
}
