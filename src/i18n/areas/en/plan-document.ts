// English UI text of the plan read from its Word document: reading, review table, import.
// The same keys as the Vietnamese source in ../plan-document.ts (a chunk of its own: a page in Vietnamese never loads it).
import type { planDocumentVi } from '../plan-document.ts';

export const planDocumentEn: { readonly [K in keyof typeof planDocumentVi]: string } = {
  'planDocument.title': 'Plan from a Word or PDF document',
  'planDocument.intro':
    'Choose or drop the plan\'s .docx or .pdf file (with an appendix table, or with its tasks written in the body under dimension headings), or copy its appendix table or its text in Word/Excel and paste it in the box below. The app reads the tasks for you to review; the loaded data does not change until you press "Import the plan".',
  'planDocument.paste': 'Paste the appendix table (Ctrl+V)',
  'planDocument.pasteHint': 'Click the box, then paste the table copied from Word or Excel.',
  'planDocument.reading': 'Reading {file}…',
  'planDocument.cancelled':
    'Stopped reading {source}: nothing was read or imported. The data already loaded is unchanged.',
  'planDocument.pasted': 'pasted table',
  'planDocument.noAppendix':
    '{source}: no appendix table of tasks found. Looked for a table whose header row has the columns: {lookedFor}; and for tasks under dimension headings in the body (e.g. "1.1. Chỉ số nội dung “Tham gia của người dân ở cấp cơ sở”." then "a) …").',
  'planDocument.noTasks':
    '{source}: the appendix table has no task rows (looked under the header: {lookedFor}).',
  'planDocument.unreadable': '{source}: the Word file could not be read ({error}).',
  'planDocument.pdfReaderNotDownloaded':
    '{source}: the PDF reader is not on this device yet and could not be downloaded now: it downloads the first time a PDF is read, with a network, and works offline from then on. Connect to a network, reload the page (if "A new version is available" shows, press "Reload") and choose the file again; or copy the appendix table and paste it in the box below.',
  'planDocument.wordReaderNotDownloaded':
    '{source}: the Word reader is not on this device yet and could not be downloaded now: it downloads the first time a Word file is read, with a network, and works offline from then on. Connect to a network, reload the page (if "A new version is available" shows, press "Reload") and choose the file again; or copy the appendix table and paste it in the box below.',
  'planDocument.inputWordOrPdf': 'Choose a Word (.docx) or PDF file',
  'planDocument.dropWordOrPdf': 'or drop a .docx or .pdf file here (a PDF with a text layer, not a scan)',
  'planDocument.pdfNoText':
    "{source}: the PDF has no text layer ({pages} pages with next to no readable text): it is probably a scan (a picture of the document). The app does not recognise text in images and sends the file nowhere. Choose the plan's .docx file instead, or copy its appendix table and paste it in the box below.",
  'planDocument.pdfEncrypted':
    "{source}: the PDF is protected by a password, so it cannot be read. Choose the plan's .docx file instead, or copy its appendix table and paste it in the box below.",
  'planDocument.pdfUnreadable':
    "{source}: the PDF could not be read (the file is damaged or incomplete). Choose the plan's .docx file instead, or copy its appendix table and paste it in the box below.",
  'planDocument.read': 'Read {count} tasks from {source}; rows to check: {flagged}.',
  'planDocument.identity': 'The plan (check and correct if needed)',
  'planDocument.field.plan': 'Number and symbol',
  'planDocument.field.issuedOn': 'Issued on',
  'planDocument.field.issuer': 'Issued by',
  'planDocument.field.province': 'Province',
  'planDocument.field.targetYear': 'Target PAPI year',
  'planDocument.field.title': 'Title',
  'planDocument.chooseProvince': '— choose a province —',
  'planDocument.review': 'Review the tasks',
  'planDocument.reviewCaption':
    'Tasks read from the appendix; rows marked ⚠ need a look. Every cell can be edited.',
  'planDocument.reviewCaptionBody':
    'The document has no appendix table: tasks were read from the dimension headings and the a), b), -, + items of its body; every guess is marked ⚠. Every cell can be edited.',
  'planDocument.skippedSection':
    'Skipped the {name} section: {count} tasks (line {row}; not part of PAPI, so not imported).',
  'planDocument.col.row': 'Row',
  'planDocument.col.dimension': 'Dimension',
  'planDocument.col.subdimension': 'Sub-dimension',
  'planDocument.col.task': 'Task',
  'planDocument.col.executing': 'Executing agencies',
  'planDocument.col.supervising': 'Supervising agencies',
  'planDocument.col.timeframe': 'Timeframe',
  'planDocument.col.deadline': 'Deadline',
  'planDocument.col.check': 'To check',
  'planDocument.sourceRow': 'document row {row}',
  'planDocument.sourceLine': 'document line {row}',
  'planDocument.flag.dimensionGuessed': 'Dimension {code} guessed from "{text}".',
  'planDocument.flag.dimensionUnknown': 'The dimension could not be told.',
  'planDocument.flag.subdimensionGuessed': 'Sub-dimension {code} guessed from the name "{text}".',
  'planDocument.flag.subdimensionUnknown': 'Matches no official sub-dimension: "{text}".',
  'planDocument.flag.subdimensionOutsideDimension':
    'Sub-dimension {code} is not under dimension {dimension} above.',
  'planDocument.flag.timeframeUnknown': 'Timeframe "{text}" names no deadline; it is judged per period.',
  'planDocument.flag.executingMissing': 'No executing agency.',
  'planDocument.flag.taskMissing': 'No task text.',
  'planDocument.flag.executingGuessed':
    'Executing agency guessed from the sentence assigning the task: "{text}".',
  'planDocument.flag.executingUnconfirmed':
    'No executing agency found: enter one, or confirm it as "Chưa xác định" (not determined).',
  'planDocument.flag.timeframeGuessed': 'Deadline guessed from the sentence: "{text}".',
  'planDocument.confirmUndetermined': 'Confirm: not determined',
  'planDocument.skipped': 'Row {row} was read as neither a task nor a group: "{text}"',
  'planDocument.targets':
    "The plan's goals, read from its text: untick a goal read wrongly; the goals kept are imported with the plan and checked against the target year's results on the Overview.",
  'planDocument.targetKeep': 'Keep the goal: {goal}',
  'planDocument.target.item': '{indicator}: {goal} (line {row})',
  'planDocument.target.total': 'PAPI total score',
  'planDocument.target.dimension': 'Dimension {code}',
  'planDocument.target.score': 'at least {score} points',
  'planDocument.target.group': 'in the {group} group',
  'planDocument.target.rank': 'up at least {places} places',
  'planDocument.target.riseScoreGroup': 'a higher score and a higher group',
  'planDocument.target.riseScore': 'a higher score',
  'planDocument.target.riseGroup': 'a higher group',
  'planDocument.target.since': ' than in {year}',
  'planDocument.import': 'Import the plan',
  'planDocument.cancel': 'Discard',
  'planDocument.blocked': 'Not imported yet: {count} things to fix.',
  'planDocument.problem.identity': 'The plan, {field}: {message}',
  'planDocument.problem.row': 'Row {row}, column {field}: {message}',
  'planDocument.problem.required': 'no value',
  'planDocument.problem.invalidYear': 'not a valid year ("{value}")',
  'planDocument.problem.unknownDimension': 'not a dimension 1-8 ("{value}")',
  'planDocument.problem.unknownSubdimension': 'not an official sub-dimension code ("{value}")',
  'planDocument.problem.subdimensionOutside': "{value} is not under the row's dimension",
  'planDocument.problem.executingUnconfirmed':
    'no executing agency; enter one or press "Confirm: not determined"',
  'planDocument.imported': 'Imported plan {plan}: {count} tasks. See them on the Plan page.',
};
