// The import's state: files read (a plan .docx handed on, oversized files refused before reading), a sheet,
// an official workbook's years or its year to choose where a workbook asks, then the import and its outcome.
import { useState } from 'react';
import type { ImportMode } from '../../ingest/apply/import-outcome';
import { MAX_IMPORT_FILE_BYTES } from '../../ingest/apply/max-import-file-bytes';
import type { FileToImport, ImportAndKeepResult } from '../../session/import-and-keep';
import { fileProblem, type ImportProblem } from '../../ingest/read/import-problem';
import { useIndicators } from '../../queries/indicators.ts';
import { useImportFiles } from '../../queries/use-import-files.ts';
import { workbookChoice, type FileChoice, type WorkbookChoice } from './workbook-choice.ts';

/** The last import as data, put into words at render time (so a language switch re-words it). */
export type LastImport =
  | { readonly kind: 'ran'; readonly result: ImportAndKeepResult }
  | { readonly kind: 'refused'; readonly problems: readonly ImportProblem[] }
  /** The engine or the browser failed (not the files): what it threw, and the files being imported. */
  | { readonly kind: 'failed'; readonly error: unknown; readonly files: readonly string[] };

/** Files read, waiting for the user's answer in each workbook that asks something (a sheet, years, a year). */
export interface SheetChoice {
  readonly files: readonly FileToImport[];
  readonly choices: readonly WorkbookChoice[];
}

/** A Word document is a plan to review, not a table to import (by its name; the reader checks the bytes again). */
const isWordDocument = (file: File): boolean => /\.docx$/i.test(file.name);

const megabytes = (bytes: number): string => `${(bytes / 1_048_576).toFixed(1)} MB`;

/** The import's state and actions; a .docx goes to `onPlanDocument`. */
export function useFileImport(mode: ImportMode, onPlanDocument: (file: File) => void) {
  const [last, setLast] = useState<LastImport | null>(null);
  const [pendingCount, setPendingCount] = useState(0);
  const [reading, setReading] = useState(false);
  const [choosing, setChoosing] = useState<SheetChoice | null>(null);
  const importFiles = useImportFiles();
  const indicators = useIndicators();
  const busy = reading || importFiles.isPending;

  const submit = (toImport: readonly FileToImport[]): void => {
    importFiles.mutate(toImport, {
      onSuccess: (result) => setLast({ kind: 'ran', result }),
      // importFiles never rejects on bad files; this is the engine gone.
      onError: (error) => setLast({ kind: 'failed', error, files: toImport.map((file) => file.name) }),
    });
  };

  const run = async (all: readonly File[]): Promise<void> => {
    const words = all.filter(isWordDocument);
    words.slice(0, 1).forEach(onPlanDocument);
    const files = all.filter((file) => !isWordDocument(file));
    if (files.length === 0 || busy) return;
    setLast(null);
    setChoosing(null);
    // Refused before reading a byte: a huge file must not be loaded into memory just to say no.
    const tooLarge = files.filter((file) => file.size > MAX_IMPORT_FILE_BYTES);
    if (tooLarge.length > 0) {
      const problems = tooLarge.map((file) =>
        fileProblem({ file: file.name, sheet: null }, 'fileTooLarge', {
          found: megabytes(file.size),
          expected: megabytes(MAX_IMPORT_FILE_BYTES),
        }),
      );
      setLast({ kind: 'refused', problems });
      return;
    }
    setPendingCount(files.length);
    setReading(true);
    try {
      const toImport = await Promise.all(
        files.map(async (file) => ({
          name: file.name,
          bytes: new Uint8Array(await file.arrayBuffer()),
          mode,
        })),
      );
      const codes = (indicators.data ?? []).map((indicator) => indicator.code);
      const asked = await Promise.all(
        toImport.map((file, index) => workbookChoice(index, file.name, file.bytes, codes)),
      );
      const choices = asked.flatMap((choice) => (choice === null ? [] : [choice]));
      if (choices.length > 0) setChoosing({ files: toImport, choices });
      else submit(toImport);
    } catch (error) {
      // A file the browser could not read (removed, permission): said, not thrown.
      setLast({ kind: 'failed', error, files: files.map((file) => file.name) });
    } finally {
      setReading(false);
    }
  };

  /** Imports the files waiting for an answer, each workbook with its chosen sheet, years or typed year. */
  const importChosenSheets = (answers: ReadonlyMap<number, FileChoice>): void => {
    if (choosing === null) return;
    const files = choosing.files.map((file, index) => ({ ...file, ...answers.get(index) }));
    setChoosing(null);
    submit(files);
  };

  return {
    last,
    pendingCount,
    busy,
    choosing,
    run,
    importChosenSheets,
    cancelChoosing: () => setChoosing(null),
  };
}
