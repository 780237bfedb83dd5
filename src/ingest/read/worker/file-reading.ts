// The page's side of the file-reading worker: one worker per import, requests answered by id, and cancel
// ends the worker so every pending read rejects with ReadCancelled (nothing is applied after that).
// The page never imports the readers themselves (answer-read-request.ts), so SheetJS and mammoth are in the
// worker's bundle only. Node has no Worker: the unit tests' setup gives one that runs the worker's code in-thread.

import type { HeldFile } from '../held-file.ts';
import type { PlanDocument } from '../../plan-document/document-table.ts';
import type { ImportContext } from '../import-rows.ts';
import type { ImportFile, ImportResult } from '../read-import-file.ts';
import type { WorkbookChoice } from '../workbook-choice.ts';
import { sentFile, withBulkBytes, type ReadRequest, type ReadResponse } from './read-protocol.ts';

/** The import was cancelled by the user: nothing read is used. */
export class ReadCancelled extends Error {
  constructor() {
    super('The import was cancelled.');
    this.name = 'ReadCancelled';
  }
}

export interface FileReading {
  /** What a dropped workbook needs chosen (a sheet, years, a year), or null. */
  readonly choice: (
    index: number,
    file: ImportFile,
    indicatorCodes: readonly string[],
  ) => Promise<WorkbookChoice | null>;
  /** readImportFile, in the worker, which reads a file held as the browser's file itself. */
  readonly read: ReadHeldFile;
  /** A plan's .docx as a PlanDocument (mammoth, loaded only then, runs in the worker); rejects with mammoth's message. */
  readonly docx: (bytes: Uint8Array) => Promise<PlanDocument>;
  /** Ends the worker: pending and later requests reject with ReadCancelled. */
  readonly cancel: () => void;
  /** Ends the worker once the import no longer needs it. */
  readonly close: () => void;
}

/** Reads a held file as an import reads it (a batch's files have their bytes in hand; a kept file may not). */
export type ReadHeldFile = (file: HeldFile, context: ImportContext) => Promise<ImportResult>;

type Pending = { resolve: (response: ReadResponse) => void; reject: (error: Error) => void };

/** A worker for one import's reads. */
export function startFileReading(): FileReading {
  let worker: Worker | null = null;
  let ended: Error | null = null;
  let nextId = 0;
  const pending = new Map<number, Pending>();

  const endAll = (error: Error): void => {
    ended ??= error;
    worker?.terminate();
    worker = null;
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };

  const ensureWorker = (): Worker => {
    if (worker !== null) return worker;
    const started = new Worker(new URL('./read-worker.ts', import.meta.url), { type: 'module' });
    started.onmessage = (event: MessageEvent<ReadResponse>) => {
      pending.get(event.data.id)?.resolve(event.data);
      pending.delete(event.data.id);
    };
    // A worker that cannot start or crashes: every waiting read fails with what the browser said.
    started.onerror = (event) => endAll(new Error(event.message || 'The file reader stopped.'));
    worker = started;
    return started;
  };

  const ask = (request: ReadRequest): Promise<ReadResponse> => {
    if (ended !== null) return Promise.reject(ended);
    return new Promise<ReadResponse>((resolve, reject) => {
      pending.set(request.id, { resolve, reject });
      ensureWorker().postMessage(request);
    });
  };

  const answered = (response: ReadResponse): ReadResponse => {
    if (ended !== null) throw ended;
    if (response.kind === 'failed') throw new Error(response.message);
    return response;
  };

  return {
    choice: async (index, file, indicatorCodes) => {
      const response = answered(
        await ask({ id: (nextId += 1), kind: 'choice', index, file: sentFile(file), indicatorCodes }),
      );
      return response.kind === 'choice' ? response.choice : null;
    },
    read: async (file: HeldFile, context: ImportContext) => {
      const response = answered(
        await ask({ id: (nextId += 1), kind: 'read', file: sentFile(file), context }),
      );
      if (response.kind !== 'read') throw new Error('The file reader answered another question.');
      return withBulkBytes(response.result, file);
    },
    docx: async (bytes) => {
      const response = answered(await ask({ id: (nextId += 1), kind: 'docx', bytes }));
      if (response.kind !== 'docx') throw new Error('The file reader answered another question.');
      return response.document;
    },
    cancel: () => endAll(new ReadCancelled()),
    // A read still pending (its batch already failed) or asked later rejects, rather than never settling or
    // starting another worker.
    close: () => endAll(new Error('The file reader was closed.')),
  };
}
