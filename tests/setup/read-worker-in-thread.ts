// Node has no Worker (the browser's Web Worker). The one worker the code under unit test starts is the
// file-reading worker (src/ingest/read/worker/file-reading.ts): this stands in for it, running the worker's own
// code (answerReadRequest) on the test's thread. Each message is structured-cloned both ways, as postMessage
// clones it, so what could not cross to a real worker fails here too.

import { answerReadRequest } from '../../src/ingest/read/worker/answer-read-request.ts';
import type { ReadRequest, ReadResponse } from '../../src/ingest/read/worker/read-protocol.ts';

class InThreadReadWorker {
  onmessage: ((event: { data: ReadResponse }) => void) | null = null;
  onerror: ((event: { message: string }) => void) | null = null;
  #terminated = false;

  constructor(url: string | URL) {
    if (!String(url).includes('read-worker')) {
      throw new Error(`Unit tests run only the file-reading worker in-thread, not ${String(url)}.`);
    }
  }

  postMessage(request: ReadRequest): void {
    void answerReadRequest(structuredClone(request)).then((response) => {
      if (!this.#terminated) this.onmessage?.({ data: structuredClone(response) });
    });
  }

  terminate(): void {
    this.#terminated = true;
  }
}

// Assigned, not stubbed: the per-file undoing of stubs (leave-globals-as-found.ts) must leave it in place.
if (typeof globalThis.Worker === 'undefined') Object.assign(globalThis, { Worker: InThreadReadWorker });
