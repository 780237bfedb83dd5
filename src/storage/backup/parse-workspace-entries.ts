// Each JSON entry of a backup read back strictly: a value of the wrong shape refuses the whole file with the
// entry named and what it should have held (nothing is dropped quietly, unlike the stores' own lenient reads).
import { parseDimensionTargets } from '../../domain/dimension-target.ts';
import { parseUnitLists, UNIT_LEVELS } from '../../domain/report-unit-lists.ts';
import { usableCanonicalRows } from '../../ingest/apply/canonical-rows.ts';
import type { BriefingSlide } from '../briefing-store.ts';
import type { ProvinceTargets } from '../dimension-targets-store.ts';
import type { NewImportedFile } from '../imported-files-store.ts';
import type { HistoryEntry } from '../query-history.ts';
import type { PlanUnitLists } from '../report-units-store.ts';
import {
  IMPORT_BYTES_FOLDER,
  KIND_ENTRY_PATHS,
  type BackupProblem,
  type WorkspaceContents,
  type WorkspaceKind,
} from './backup-format.ts';
import { parseCanonicalRows } from './parse-canonical-rows.ts';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);
const isIsoTime = (value: unknown): value is string => isString(value) && !Number.isNaN(Date.parse(value));
const isNullOr =
  <T>(check: (value: unknown) => value is T) =>
  (value: unknown): value is T | null =>
    value === null || check(value);
const isYearList = (value: unknown): value is number[] =>
  Array.isArray(value) && value.every((year) => Number.isInteger(year));

/** An entry's records, or null when it is not a list of them. */
function listOf<T>(value: unknown, parse: (item: unknown) => T | null): T[] | null {
  if (!Array.isArray(value)) return null;
  const items = value.map(parse);
  return items.every((item): item is T => item !== null) ? items : null;
}

/** An import as imports.json lists it: its file, and the path of its checked rows (null: none kept). */
interface ListedImport {
  readonly file: NewImportedFile;
  readonly rowsPath: string | null;
}

const isArchivePath = (value: unknown): value is string =>
  isString(value) && value.startsWith(IMPORT_BYTES_FOLDER);

function parseImport(item: unknown, files: ReadonlyMap<string, Uint8Array>): ListedImport | null {
  if (!isObject(item) || !isArchivePath(item.file)) return null;
  const bytes = files.get(item.file);
  const { name, sheet, years, typedYear, mode, importedAt } = item;
  if (bytes === undefined || !isString(name) || !isNullOr(isString)(sheet)) return null;
  if (!isNullOr(isYearList)(years) || !(typedYear === null || Number.isInteger(typedYear))) return null;
  if ((mode !== 'replace-overlapping' && mode !== 'add-only') || !isIsoTime(importedAt)) return null;
  // Version 1 wrote no `rows`: such an import is read again from its bytes, as before.
  const rows = item.rows ?? null;
  if (rows !== null && (!isArchivePath(rows) || rows === item.file || !files.has(rows))) return null;
  const file: NewImportedFile = {
    name,
    bytes,
    sheet,
    years,
    typedYear: typedYear as number | null,
    mode,
    importedAt,
  };
  return { file, rowsPath: rows };
}

function parseTargets(item: unknown): ProvinceTargets | null {
  if (!isObject(item) || !isString(item.provinceCode) || !isObject(item.targets)) return null;
  const targets = parseDimensionTargets(item.targets);
  // Every target must survive the store's own reading, or the restore would drop one quietly.
  return Object.keys(targets).length === Object.keys(item.targets).length
    ? { provinceCode: item.provinceCode, targets }
    : null;
}

function parseSlide(item: unknown): BriefingSlide | null {
  if (!isObject(item)) return null;
  const { id, chartId, title, source, note, imageDataUrl, position, addedAt } = item;
  if (![id, chartId, title, source, note].every(isString)) return null;
  if (!isString(imageDataUrl) || !imageDataUrl.startsWith('data:image/png;base64,')) return null;
  if (!isFiniteNumber(position) || !isFiniteNumber(addedAt)) return null;
  return {
    id: id as string,
    chartId: chartId as string,
    title: title as string,
    source: source as string,
    note: note as string,
    imageDataUrl,
    position,
    addedAt,
  };
}

function parseUnits(item: unknown): PlanUnitLists | null {
  if (!isObject(item) || !isString(item.plan) || !isObject(item.lists)) return null;
  const lists = item.lists;
  const listsOk = UNIT_LEVELS.every((level) => Array.isArray(lists[level]) && lists[level].every(isString));
  return listsOk ? { plan: item.plan, lists: parseUnitLists(lists) } : null;
}

const parseHistory = (item: unknown): HistoryEntry | null =>
  isObject(item) && isString(item.sql) && isIsoTime(item.ranAt) ? { sql: item.sql, ranAt: item.ranAt } : null;

/** Parses each kind's entry; the problems name every entry that does not hold what it should. */
export function parseWorkspaceEntries(files: ReadonlyMap<string, Uint8Array>):
  | {
      ok: true;
      contents: WorkspaceContents;
      /** The entries holding the imports' checked rows (the reader counts every other file under imports/ extra). */
      rowsPaths: ReadonlySet<string>;
    }
  | { ok: false; problems: BackupProblem[] } {
  const problems: BackupProblem[] = [];
  const read = <T>(kind: WorkspaceKind, parse: (value: unknown) => T | null): T | null => {
    const entry = KIND_ENTRY_PATHS[kind];
    const bytes = files.get(entry);
    if (bytes === undefined) {
      problems.push({ key: 'missingEntry', entry });
      return null;
    }
    let parsed: T | null = null;
    try {
      parsed = parse(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)));
    } catch {
      parsed = null;
    }
    if (parsed === null) problems.push({ key: 'badEntry', entry, expected: kind });
    return parsed;
  };
  const listed = read('imports', (value) => listOf(value, (item) => parseImport(item, files)));
  const imports = listed === null ? null : withKeptRows(listed, files, problems);
  const targets = read('targets', (value) => listOf(value, parseTargets));
  const deck = read('deck', (value) => {
    if (!isObject(value) || !isNullOr(isString)(value.title)) return null;
    const slides = listOf(value.slides, parseSlide);
    return slides === null ? null : { title: value.title, slides };
  });
  const reportUnits = read('reportUnits', (value) => listOf(value, parseUnits));
  const queryHistory = read('queryHistory', (value) => listOf(value, parseHistory));
  if (
    imports === null ||
    targets === null ||
    deck === null ||
    reportUnits === null ||
    queryHistory === null
  ) {
    return { ok: false, problems };
  }
  const referenced = new Set(listed?.flatMap(({ rowsPath }) => rowsPath ?? []));
  return { ok: true, contents: { imports, targets, deck, reportUnits, queryHistory }, rowsPaths: referenced };
}

/**
 * Each listed import with its checked rows read from their entry (a problem names an entry of the wrong shape);
 * rows this app cannot apply as they are (another rows version, a table's columns changed) are left out, so
 * the start-up reads that file again from its bytes. Null when some entry is refused.
 */
function withKeptRows(
  listed: readonly ListedImport[],
  files: ReadonlyMap<string, Uint8Array>,
  problems: BackupProblem[],
): NewImportedFile[] | null {
  const imports = listed.map(({ file, rowsPath }) => {
    if (rowsPath === null) return file;
    const canonical = parseCanonicalRows(files.get(rowsPath));
    if (canonical === null) {
      problems.push({ key: 'badEntry', entry: rowsPath, expected: 'importRows' });
      return null;
    }
    const usable = usableCanonicalRows(canonical);
    return usable === null ? file : { ...file, canonical: usable };
  });
  return imports.every((file): file is NewImportedFile => file !== null) ? imports : null;
}
