// The file-reading worker: SheetJS, papaparse, the row checks and a plan's .docx (mammoth) run here, off
// the page's thread, so a big file never freezes the page. The page ends it (terminate) to cancel a read.

import { answerReadRequest } from './answer-read-request.ts';
import type { ReadRequest } from './read-protocol.ts';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ReadRequest>) => void) | null;
  postMessage: (message: unknown) => void;
};

scope.onmessage = (event) => {
  void answerReadRequest(event.data).then((response) => scope.postMessage(response));
};
