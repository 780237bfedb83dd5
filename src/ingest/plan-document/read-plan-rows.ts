// The appendix rows → tasks. Heading rows (a dimension, a roman-numeral or lettered group, a
// sub-dimension named on its own row) set the context; every other row with a task is one task, under
// the sub-dimension its row or the rows above name. Rows merged down (rowspan) continue the one above.

import { splitAgencies } from './agencies.ts';
import type { DocumentCell, DocumentRow } from './document-table.ts';
import type { AppendixTable, PlanColumn } from './find-appendix.ts';
import { foldWords, matchIndicatorName, type IndicatorName } from './match-indicator.ts';
import type { PlanFlag, PlanTaskDraft } from './plan-task-draft.ts';
import { cellLines, cellText, taskTextFromCell } from './task-text.ts';
import { timeframeCode, timeframeDeadline } from './timeframe.ts';

/** A heading row the parser could not place (listed in the review, never silently dropped). */
export interface SkippedRow {
  readonly row: number;
  readonly text: string;
}

export interface PlanRows {
  readonly tasks: readonly PlanTaskDraft[];
  readonly skipped: readonly SkippedRow[];
}

const DIMENSION_STT = /^([1-8])\.?$/;
const SUBDIMENSION_CODE = /^([1-8])\.([1-9])\.?$/;
const ROMAN = /^[IVX]+\.?$/;
// Numbering written before a heading's words: "I.", "II -", "a)", "1.", "1.1."
const LEADING_NUMBER = /^(?:[IVX]+|[a-zđ]|\d+(?:\.\d+)*)\s*[.)–-]?\s+/iu;
const DIMENSION_WORDS = /^chi so noi dung\s*(?:so\s*)?(?:([1-8])\b)?/;
const SUBDIMENSION_WORDS = /^chi so thanh phan\s*(?:so\s*)?(?:([1-8])\s([1-9])\b)?/;

interface Context {
  dimension: string;
  sub: { code: string; label: string; flags: PlanFlag[] } | null;
}

const flag = (key: PlanFlag['key'], column: PlanColumn, args: Record<string, string> = {}): PlanFlag => ({
  key,
  column,
  args,
});

/** The official codes of one level. */
const ofLevel = (indicators: readonly IndicatorName[], level: string): IndicatorName[] =>
  indicators.filter((indicator) => indicator.level === level);

/** A heading's words without its numbering and without the "Chỉ số nội dung" lead, up to its first colon. */
function headingName(text: string): string {
  const withoutNumber = text.replace(LEADING_NUMBER, '');
  const name = withoutNumber.split(':')[0] ?? withoutNumber;
  return name.replace(/^\s*chỉ số (?:nội dung|thành phần)\s*(?:số\s*)?(?:\d+(?:\.\d+)?)?\s*[.:–-]?\s*/iu, '');
}

/** The dimension a heading names, by its number after "Chỉ số nội dung", its words, or its STT. */
function dimensionOfHeading(
  text: string,
  stt: string,
  indicators: readonly IndicatorName[],
): { code: string; sure: boolean } | null {
  const folded = foldWords(text.replace(LEADING_NUMBER, ''));
  const numbered = DIMENSION_WORDS.exec(folded);
  if (numbered?.[1]) return { code: numbered[1], sure: true };
  const byName = matchIndicatorName(headingName(text), ofLevel(indicators, 'dimension'));
  if (byName) return byName;
  if (numbered || ROMAN.test(stt)) return null;
  const digit = DIMENSION_STT.exec(stt);
  return digit?.[1] ? { code: digit[1], sure: false } : null;
}

/** The sub-dimension a label names: its code in the STT or the label, else its words. */
function subdimensionOf(
  label: string,
  stt: string,
  dimension: string,
  indicators: readonly IndicatorName[],
): { code: string; sure: boolean } | null {
  const code = SUBDIMENSION_CODE.exec(stt);
  if (code) return { code: `${code[1] ?? ''}.${code[2] ?? ''}`, sure: true };
  const folded = foldWords(label);
  const written = SUBDIMENSION_WORDS.exec(folded) ?? /^([1-8]) ([1-9])\b/.exec(folded);
  if (written?.[1] && written[2]) return { code: `${written[1]}.${written[2]}`, sure: true };
  const subdimensions = ofLevel(indicators, 'subdimension');
  const inDimension = subdimensions.filter((indicator) => indicator.code.startsWith(`${dimension}.`));
  const name = headingName(label);
  return matchIndicatorName(name, inDimension) ?? matchIndicatorName(name, subdimensions);
}

type Cells = Record<PlanColumn, DocumentCell>;

const EMPTY_CELL: DocumentCell = { text: '', merged: 'none' };

function cellsOf(row: DocumentRow, table: AppendixTable): Cells {
  const at = (column: PlanColumn): DocumentCell => {
    const index = table.columns[column];
    const cell = index === undefined ? undefined : row.cells[index];
    // A cell merged across repeats its neighbour's text: it says nothing of its own column.
    return cell === undefined || cell.merged === 'from-left' ? EMPTY_CELL : cell;
  };
  return {
    stt: at('stt'),
    label: at('label'),
    task: at('task'),
    executing: at('executing'),
    supervising: at('supervising'),
    timeframe: at('timeframe'),
  };
}

/** The text of a row spanning the whole table (one cell merged across), or null. */
function spanningText(row: DocumentRow): string | null {
  const origins = row.cells.filter((cell) => cell.merged === 'none' && cellText(cell.text) !== '');
  const copies = row.cells.filter((cell) => cell.merged === 'from-left').length;
  const [only] = origins;
  return origins.length === 1 && only && copies >= 1 ? cellText(only.text) : null;
}

/** Reads the appendix rows into tasks; `indicators` are the official names (dimensions and sub-dimensions). */
export function readPlanRows(table: AppendixTable, indicators: readonly IndicatorName[]): PlanRows {
  const tasks: PlanTaskDraft[] = [];
  const skipped: SkippedRow[] = [];
  const context: Context = { dimension: '', sub: null };
  let dimensionFlags: PlanFlag[] = [];

  const setDimension = (code: string, sure: boolean, text: string): void => {
    context.dimension = code;
    context.sub = null;
    dimensionFlags = sure ? [] : [flag('dimensionGuessed', 'label', { code, text })];
  };

  const setSubdimension = (label: string, stt: string): void => {
    const found = subdimensionOf(label, stt, context.dimension, indicators);
    const flags: PlanFlag[] = [];
    if (found === null) {
      flags.push(flag('subdimensionUnknown', 'label', { text: label }));
      context.sub = { code: '', label, flags };
      return;
    }
    if (!found.sure) flags.push(flag('subdimensionGuessed', 'label', { code: found.code, text: label }));
    const dimension = found.code.split('.')[0] ?? '';
    if (context.dimension === '') context.dimension = dimension;
    else if (dimension !== context.dimension) {
      flags.push(
        flag('subdimensionOutsideDimension', 'stt', { code: found.code, dimension: context.dimension }),
      );
      context.dimension = dimension;
    }
    const official = indicators.find((indicator) => indicator.code === found.code)?.nameVi ?? '';
    context.sub = { code: found.code, label: label === '' ? official : label, flags };
  };

  for (const row of table.rows) {
    const cells = cellsOf(row, table);
    const stt = cellText(cells.stt.text);
    const label = cells.label.merged === 'from-above' ? '' : cellText(cells.label.text);
    const taskText = cells.task.merged === 'none' ? taskTextFromCell(cells.task.text) : '';
    const executing = cellLines(cells.executing.text).join('\n');
    const timeframe = cellText(cells.timeframe.text);
    const spanning = spanningText(row);
    if (row.cells.every((cell) => cellText(cell.text) === '')) continue;

    const isHeading =
      spanning !== null || (executing === '' && timeframe === '' && (taskText === '' || label === ''));
    if (isHeading) {
      const text = spanning ?? (label !== '' ? label : taskText.replace(/\n/g, ' '));
      const headingStt = spanning === null ? stt : (/^\S+/.exec(text)?.[0] ?? '');
      const looksLikeSub =
        SUBDIMENSION_CODE.test(headingStt) ||
        SUBDIMENSION_WORDS.test(foldWords(text.replace(LEADING_NUMBER, '')));
      const dimension = looksLikeSub ? null : dimensionOfHeading(text, headingStt, indicators);
      if (dimension !== null) setDimension(dimension.code, dimension.sure, text);
      else if (looksLikeSub || subdimensionOf(text, headingStt, context.dimension, indicators) !== null)
        setSubdimension(text, headingStt);
      else skipped.push({ row: row.number, text });
      continue;
    }

    const continues =
      label === '' && (stt === '' || cells.stt.merged === 'from-above' || !SUBDIMENSION_CODE.test(stt));
    if (!continues && (label !== context.sub?.label || SUBDIMENSION_CODE.test(stt)))
      setSubdimension(label, stt);
    else if (context.sub === null && SUBDIMENSION_CODE.test(stt)) setSubdimension('', stt);

    const code = timeframeCode(timeframe);
    const deadline = timeframeDeadline(timeframe);
    const flags: PlanFlag[] = [...dimensionFlags, ...(context.sub?.flags ?? [])];
    if (context.dimension === '' && context.sub === null) flags.push(flag('dimensionUnknown', 'label'));
    else if (context.sub === null) flags.push(flag('subdimensionUnknown', 'label', { text: '' }));
    if (code === null && deadline === null)
      flags.push(flag('timeframeUnknown', 'timeframe', { text: timeframe }));
    if (executing === '') flags.push(flag('executingMissing', 'executing'));
    if (taskText === '') flags.push(flag('taskMissing', 'task'));
    tasks.push({
      row: row.number,
      dimension: context.dimension,
      subdimension: context.sub?.code ?? '',
      subdimensionLabel: context.sub?.label ?? '',
      task: taskText,
      executingAgencies: splitAgencies(executing),
      supervisingAgencies: splitAgencies(cellLines(cells.supervising.text).join('\n')),
      timeframe,
      timeframeCode: code,
      deadline,
      flags,
    });
  }
  return { tasks, skipped };
}
