// Where an import's time goes inside the engine: a Connector that adds each call's time to what it ran (a statement
// by its first words, or the call's name), for the import bench's profile. Timing only; it changes no call.

import type { Connector } from '../../../src/db/connector.ts';
import { everyDerivedObjectBuilt, recordDerivedObjectsBuilt } from '../../../src/db/derived-objects-built.ts';

export interface EngineTimeShare {
  /** The statement's first words, collapsed (or the connector call's name). */
  readonly what: string;
  readonly ms: number;
  readonly calls: number;
}

export interface TimedConnector {
  readonly conn: Connector;
  /** The engine's time so far, largest first. */
  shares(): EngineTimeShare[];
}

const LABEL_CHARS = 90;

/** A statement's label: its text on one line, cut at LABEL_CHARS. */
const labelOf = (text: string): string => text.replace(/\s+/g, ' ').trim().slice(0, LABEL_CHARS);

/** `conn` with every call timed; `shares()` sums them by statement or call. */
export function timedConnector(conn: Connector): TimedConnector {
  const spent = new Map<string, { ms: number; calls: number }>();
  const time = async <R>(what: string, call: () => Promise<R>): Promise<R> => {
    const started = performance.now();
    try {
      return await call();
    } finally {
      const share = spent.get(what) ?? { ms: 0, calls: 0 };
      spent.set(what, { ms: share.ms + performance.now() - started, calls: share.calls + 1 });
    }
  };
  const wrapped: Connector = {
    query: (query) => time(labelOf(query.text), () => conn.query(query)),
    registerFileText: (name, text) => time('registerFileText', () => conn.registerFileText(name, text)),
    registerFileBuffer: (name, bytes) =>
      time('registerFileBuffer', () => conn.registerFileBuffer(name, bytes)),
    registerFileBlob: (name, blob) => time('registerFileBlob', () => conn.registerFileBlob(name, blob)),
    dropFile: (name) => time('dropFile', () => conn.dropFile(name)),
    close: () => conn.close(),
    toJSON: () => conn.toJSON(),
  };
  // The app records per connector what it built on an engine; the wrapper is the same engine, so it carries the
  // record (without it, an import asks the catalog again: ~80 ms the import would not spend).
  recordDerivedObjectsBuilt(wrapped, everyDerivedObjectBuilt(conn));
  return {
    conn: wrapped,
    shares: () => [...spent].map(([what, share]) => ({ what, ...share })).sort((a, b) => b.ms - a.ms),
  };
}
