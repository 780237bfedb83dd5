// A plan without an appendix table: its tasks read from the body's numbered headings and items. The
// content section ("II. NỘI DUNG THỰC HIỆN") is walked as an outline; a heading naming a PAPI dimension
// (or sub-dimension) holds the tasks under it: lettered or dashed items, or prose sentences. Sections of
// other indices (PAR INDEX, SIPAS, …) are counted and left out.

import type { IndicatorName, NameMatch } from '../match-indicator.ts';
import { foldWords } from '../match-indicator.ts';
import { splitSentences } from '../sentences.ts';
import type { PlanFlag, PlanTaskDraft } from '../plan-task-draft.ts';
import { dimensionOfHeading, headingBody, headingName, subdimensionOfHeading } from './index-heading.ts';
import { otherIndexOfHeading } from './other-index.ts';
import { buildOutline, readOutlineLine, type OutlineLine, type OutlineNode } from './outline-line.ts';
import { bodyTaskDraft, type TaskBlock, type TaskPlace } from './body-task-draft.ts';
import { onlyAssigns } from './task-fields.ts';

/** A section about another index, left out of the plan: its name and how many tasks it holds. */
export interface SkippedSection {
  readonly name: string;
  readonly line: number;
  readonly count: number;
}

export interface BodyFormReading {
  readonly tasks: readonly PlanTaskDraft[];
  readonly skippedSections: readonly SkippedSection[];
}

// The section that holds the tasks: "II. NỘI DUNG THỰC HIỆN", "II. NHIỆM VỤ, GIẢI PHÁP", …
const CONTENT_SECTION = /\b(?:noi dung|nhiem vu|giai phap)\b/;

const placeOf = (code: NameMatch, text: string): TaskPlace => ({
  dimension: code.code,
  subdimension: '',
  subdimensionLabel: '',
  flags: code.sure ? [] : [{ key: 'dimensionGuessed', column: 'label', args: { code: code.code, text } }],
});

/** The lines of the content sections, or every line when no roman section is about the content. */
function contentLines(entries: readonly OutlineLine[]): OutlineLine[] {
  const romans = entries.filter((entry) => entry.marker === 'roman');
  if (!romans.some((entry) => CONTENT_SECTION.test(foldWords(entry.text)))) return [...entries];
  let inside = false;
  return entries.filter((entry) => {
    if (entry.marker === 'roman') inside = CONTENT_SECTION.test(foldWords(entry.text));
    return inside;
  });
}

/** Prose as task blocks: one per sentence; a sentence that only assigns joins the block before it. */
function proseBlocks(text: string, line: number): TaskBlock[] {
  const blocks: TaskBlock[] = [];
  for (const sentence of splitSentences(text)) {
    const last = blocks[blocks.length - 1];
    if (last && onlyAssigns(sentence)) last.fieldLines.push(sentence);
    else blocks.push({ line, text: [sentence], fieldLines: [] });
  }
  return blocks;
}

/** An item and what is nested under it: its words, its labelled lines, its sub-items as "- " lines. */
function itemBlock(node: OutlineNode): TaskBlock {
  const block: TaskBlock = { line: node.entry.line, text: [node.entry.text], fieldLines: [] };
  const visit = (child: OutlineNode): void => {
    if (onlyAssigns(child.entry.text)) block.fieldLines.push(child.entry.text);
    else block.text.push(`- ${child.entry.text}`);
    child.children.forEach(visit);
  };
  node.children.forEach(visit);
  return block;
}

/** The task blocks under a heading, each with its place; sub-dimension headings refine the place. */
function blocksUnder(
  heading: OutlineNode,
  place: TaskPlace,
  indicators: readonly IndicatorName[],
): { block: TaskBlock; place: TaskPlace }[] {
  const found: { block: TaskBlock; place: TaskPlace }[] = [];
  // Words after the heading's colon are its task only when nothing is listed under it ("…: tập trung các việc sau").
  const listsTasks = heading.children.some((child) => !onlyAssigns(child.entry.text));
  const body = listsTasks ? '' : headingBody(heading.entry.text);
  if (body !== '') found.push(...proseBlocks(body, heading.entry.line).map((block) => ({ block, place })));
  for (const child of heading.children) {
    const { entry } = child;
    const sub =
      entry.depth < 20 && place.dimension !== ''
        ? subdimensionOfHeading(entry.text, place.dimension, indicators)
        : null;
    const last = found[found.length - 1];
    if (sub) {
      // The plan's own words for the sub-dimension, as an appendix's label column keeps them.
      const label = headingName(entry.text);
      const flags: PlanFlag[] = sub.sure
        ? []
        : [{ key: 'subdimensionGuessed', column: 'label', args: { code: sub.code, text: entry.text } }];
      const subPlace = {
        ...place,
        subdimension: sub.code,
        subdimensionLabel: label,
        flags: [...place.flags, ...flags],
      };
      found.push(...blocksUnder(child, subPlace, indicators));
    } else if (last && onlyAssigns(entry.text)) last.block.fieldLines.push(entry.text);
    else if (entry.marker === 'none')
      found.push(...proseBlocks(entry.text, entry.line).map((block) => ({ block, place })));
    else if (entry.depth < 10 && child.children.some((grand) => !onlyAssigns(grand.entry.text)))
      found.push(...blocksUnder(child, place, indicators));
    else found.push({ block: itemBlock(child), place });
  }
  return found;
}

const NO_PLACE: TaskPlace = { dimension: '', subdimension: '', subdimensionLabel: '', flags: [] };

/** Reads the tasks of a plan's body from its text lines (in order, as the document reader gives them). */
export function readBodyForm(
  lines: readonly string[],
  indicators: readonly IndicatorName[],
): BodyFormReading {
  const entries = lines.flatMap((text, index) => readOutlineLine(text, index + 1) ?? []);
  const tasks: PlanTaskDraft[] = [];
  const skippedSections: SkippedSection[] = [];
  const visit = (node: OutlineNode): void => {
    const { entry } = node;
    if (entry.depth >= 20) return;
    const otherIndex = otherIndexOfHeading(entry.text);
    if (otherIndex !== null) {
      const count = blocksUnder(node, NO_PLACE, indicators).length;
      skippedSections.push({ name: otherIndex, line: entry.line, count });
      return;
    }
    const dimension = entry.marker === 'none' ? null : dimensionOfHeading(entry.text, indicators);
    if (dimension === null) {
      node.children.forEach(visit);
      return;
    }
    for (const { block, place } of blocksUnder(node, placeOf(dimension, entry.text), indicators))
      tasks.push(bodyTaskDraft(block, place));
  };
  buildOutline(contentLines(entries)).forEach(visit);
  return { tasks, skippedSections };
}
