// The worker's side of the protocol (read-protocol.ts): each request answered by the readers. read-worker.ts runs
// it in the worker; Node tests run it through the unit setup's in-thread Worker (tests/setup/read-worker-in-thread.ts).
// The page never imports it, so SheetJS and mammoth are in the worker's bundle only.

import { readDocxDocument } from '../../plan-document/read-docx.ts';
import { readImportFile } from '../read-import-file.ts';
import { forgetWorkbookRead } from '../read-workbook.ts';
import { workbookChoice } from '../workbook-choice.ts';
import { receivedFile, withoutBulkBytes, type ReadRequest, type ReadResponse } from './read-protocol.ts';

/** The worker's answer to one request; never rejects. */
export async function answerReadRequest(request: ReadRequest): Promise<ReadResponse> {
  const { id } = request;
  try {
    if (request.kind === 'choice') {
      const { index, file, indicatorCodes } = request;
      const { name, bytes } = await receivedFile(file);
      return { id, kind: 'choice', choice: await workbookChoice(index, name, bytes, indicatorCodes) };
    }
    if (request.kind === 'docx') return { id, kind: 'docx', document: await readDocxDocument(request.bytes) };
    const file = await receivedFile(request.file);
    const result = await readImportFile(file, request.context);
    // Read for the import: the question's parse kept for it is no longer needed.
    forgetWorkbookRead(file.bytes);
    return { id, kind: 'read', result: withoutBulkBytes(result) };
  } catch (error) {
    return { id, kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}
