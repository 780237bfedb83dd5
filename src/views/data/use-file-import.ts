// The import's state: files read (a plan .docx handed on, oversized files refused before reading), a sheet,
// an official workbook's years or its year to choose where a workbook asks, then the import and its outcome.
// Files are read, decoded and checked in a worker (ingest/read/worker), with a stage and a cancel.
import { useEffect, useRef, useState } from 'react';
import type { ImportMode } from '../../ingest/apply/import-outcome.ts';
import { MAX_IMPORT_FILE_BYTES } from '../../ingest/apply/max-import-file-bytes.ts';
import type { FileToImport, ImportAndKeepResult, ImportStage } from '../../session/import-and-keep.ts';
import { fileProblem, type ImportProblem } from '../../ingest/read/import-problem.ts';
import { startFileReading, type FileReading } from '../../ingest/read/worker/file-reading.ts';
import { useIndicators } from '../../queries/indicators.ts';
import { useImportFiles } from '../../queries/use-import-files.ts';
import type { FileChoice, WorkbookChoice } from '../../ingest/read/workbook-choice.ts';
import { readFileBytes } from './read-file-bytes.ts';

/** The last import as data, put into words at render time (so a language switch re-words it). */
export type LastImport =
  | { readonly kind: 'ran'; readonly result: ImportAndKeepResult }
  | { readonly kind: 'refused'; readonly problems: readonly ImportProblem[] }
  /** The engine or the browser failed (not the files): what it threw, and the files being imported. */
  | { readonly kind: 'failed'; readonly error: unknown; readonly files: readonly string[] }
  /** The user cancelled before anything was applied. */
  | { readonly kind: 'cancelled' };

/** Files read, waiting for the user's answer in each workbook that asks something (a sheet, years, a year). */
export interface SheetChoice {
  readonly files: readonly FileToImport[];
  readonly choices: readonly WorkbookChoice[];
}

/** Where a running import is: its stage and, while reading, the share of the bytes read. */
export interface ImportStatus {
  readonly stage: ImportStage;
  readonly readFraction: number;
}

/** One import's worker and cancel signal. */
interface Session {
  readonly reading: FileReading;
  readonly controller: AbortController;
}

const startSession = (): Session => ({ reading: startFileReading(), controller: new AbortController() });

/** A Word document is a plan to review, not a table to import (by its name; the reader checks the bytes again). */
const isWordDocument = (file: File): boolean => /\.docx$/i.test(file.name);

const megabytes = (bytes: number): string => `${(bytes / 1_048_576).toFixed(1)} MB`;

/** The import's state and actions; a .docx goes to `onPlanDocument`. */
export function useFileImport(mode: ImportMode, onPlanDocument: (file: File) => void) {
  const [last, setLast] = useState<LastImport | null>(null);
  const [pendingCount, setPendingCount] = useState(0);
  const [status, setStatus] = useState<ImportStatus | null>(null);
  const [choosing, setChoosing] = useState<SheetChoice | null>(null);
  const session = useRef<Session | null>(null);
  // The session of a workbook whose question is open, kept for the import that answers it.
  const waitingForChoice = useRef<Session | null>(null);
  // Leaving the view ends a waiting question's worker, and one whose question is still being read when it comes.
  const unmounted = useRef(false);
  useEffect(() => {
    unmounted.current = false;
    return () => {
      unmounted.current = true;
      waitingForChoice.current?.reading.close();
      waitingForChoice.current = null;
    };
  }, []);
  const importFiles = useImportFiles({}, () => {
    const current = session.current;
    if (current === null) return {};
    return {
      readFile: current.reading.read,
      signal: current.controller.signal,
      onStage: (stage) => setStatus({ stage, readFraction: 1 }),
    };
  });
  const indicators = useIndicators();
  const busy = status !== null || importFiles.isPending;

  /** The question closed unanswered (or a new drop replaces it): its worker ends. */
  const closeChoosing = (): void => {
    setChoosing(null);
    waitingForChoice.current?.reading.close();
    waitingForChoice.current = null;
  };

  const finish = (ended: Session): void => {
    ended.reading.close();
    if (session.current === ended) session.current = null;
    setStatus(null);
  };

  const submit = (toImport: readonly FileToImport[], current: Session): void => {
    session.current = current;
    setStatus({ stage: 'checking', readFraction: 1 });
    // The promise, not mutate's callbacks: TanStack Query skips those once the view has unmounted, and the
    // import goes on after the user leaves the view, so its reader would never be closed.
    void importFiles
      .mutateAsync(toImport)
      .then(
        (result) => {
          if (!current.controller.signal.aborted) setLast({ kind: 'ran', result });
        },
        // importFiles never rejects on bad files; this is the engine gone.
        (error: unknown) => setLast({ kind: 'failed', error, files: toImport.map((file) => file.name) }),
      )
      .finally(() => finish(current));
  };

  const run = async (all: readonly File[]): Promise<void> => {
    const words = all.filter(isWordDocument);
    words.slice(0, 1).forEach(onPlanDocument);
    const files = all.filter((file) => !isWordDocument(file));
    if (files.length === 0 || busy) return;
    setLast(null);
    closeChoosing();
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
    const current = startSession();
    session.current = current;
    const total = files.reduce((sum, file) => sum + file.size, 0);
    const done = files.map(() => 0);
    // A re-render per percent, not per chunk read.
    let shownPercent = 0;
    setStatus({ stage: 'reading', readFraction: 0 });
    try {
      const toImport = await Promise.all(
        files.map(async (file, index) => {
          const onRead = (bytesRead: number): void => {
            done[index] = bytesRead;
            const fraction = done.reduce((sum, bytes) => sum + bytes, 0) / Math.max(1, total);
            if (Math.floor(fraction * 100) === shownPercent) return;
            shownPercent = Math.floor(fraction * 100);
            setStatus({ stage: 'reading', readFraction: fraction });
          };
          const bytes = await readFileBytes(file, onRead, current.controller.signal);
          // The worker reads the browser's file itself: no copy of the bytes on this thread.
          return { name: file.name, bytes, source: file, mode };
        }),
      );
      const codes = (indicators.data ?? []).map((indicator) => indicator.code);
      const asked = await Promise.all(
        toImport.map((file, index) => current.reading.choice(index, file, codes)),
      );
      const choices = asked.flatMap((choice) => (choice === null ? [] : [choice]));
      if (choices.length > 0 && unmounted.current) {
        finish(current);
      } else if (choices.length > 0) {
        // The worker waits with the user: it has read the workbook and loaded SheetJS, and the import reuses both.
        session.current = null;
        waitingForChoice.current = current;
        setStatus(null);
        setChoosing({ files: toImport, choices });
      } else {
        submit(toImport, current);
      }
    } catch (error) {
      finish(current);
      // Cancelled: the notice is already there. Else a file the browser could not read (removed, permission).
      if (!current.controller.signal.aborted) {
        setLast({ kind: 'failed', error, files: files.map((file) => file.name) });
      }
    }
  };

  /** Imports the files waiting for an answer, each workbook with its chosen sheet, years or typed year. */
  const importChosenSheets = (answers: ReadonlyMap<number, FileChoice>): void => {
    if (choosing === null) return;
    const files = choosing.files.map((file, index) => ({ ...file, ...answers.get(index) }));
    setChoosing(null);
    const waiting = waitingForChoice.current;
    waitingForChoice.current = null;
    submit(files, waiting ?? startSession());
  };

  /** Stops reading and checking: the worker ends, nothing is applied, the loaded data stays as it was. */
  const cancel = (): void => {
    const current = session.current;
    if (current === null || status?.stage === 'applying') return;
    current.controller.abort();
    current.reading.cancel();
    // The bar goes at once; the import settles (applying nothing) when the engine next answers.
    setStatus(null);
    setLast({ kind: 'cancelled' });
  };

  return {
    last,
    pendingCount,
    busy,
    status,
    choosing,
    run,
    importChosenSheets,
    cancel,
    cancelChoosing: closeChoosing,
  };
}
