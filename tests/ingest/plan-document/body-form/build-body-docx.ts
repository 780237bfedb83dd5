// Builds a body-form plan (.docx: paragraphs, no appendix table) with the docx package, and reads it back
// as the app does (mammoth's HTML → the plan reader).

import { Document, Packer, Paragraph, TextRun } from 'docx';
import { readDocxDocument } from '../../../../src/ingest/plan-document/read-docx.ts';
import {
  readPlanDocument,
  type PlanReading,
} from '../../../../src/ingest/plan-document/read-plan-document.ts';
import { PLAN_REFERENCE } from '../plan-reference.ts';

// Headings of an official plan are bold: "II. NỘI DUNG THỰC HIỆN", "1.1. Chỉ số nội dung …".
const HEADING = /^(?:[IVX]+\.|\d+(?:\.\d+)*\.)\s/;

/**
 * The .docx bytes of a document whose paragraphs are `lines`, numbering typed as text as in signed plans;
 * a line starting with "• " is one of Word's own bullet paragraphs (mammoth gives it without the bullet).
 */
export async function buildBodyDocx(lines: readonly string[]): Promise<Uint8Array> {
  const paragraphs = lines.map((line) =>
    line.startsWith('• ')
      ? new Paragraph({ children: [new TextRun(line.slice(2))], bullet: { level: 0 } })
      : new Paragraph({ children: [new TextRun({ text: line, bold: HEADING.test(line) })] }),
  );
  const document = new Document({ sections: [{ children: paragraphs }] });
  return new Uint8Array(await Packer.toBuffer(document));
}

/** The plan reader's result for a .docx with these paragraphs. */
export async function readBodyDocx(lines: readonly string[]): Promise<PlanReading> {
  return readPlanDocument(await readDocxDocument(await buildBodyDocx(lines)), PLAN_REFERENCE);
}

/** The reading's tasks, or a failed test when the plan was refused. */
export function tasksOf(reading: PlanReading) {
  if (!reading.ok) throw new Error(`refused: ${reading.reason}`);
  return reading.tasks;
}
