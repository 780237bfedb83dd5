// The browser Connector: AsyncDuckDB in a Web Worker over one connection.

import { AsyncDuckDB, DuckDBDataProtocol, VoidLogger, type InstantiationProgress } from '@duckdb/duckdb-wasm';
import { arrowTableToRows, type ArrowTableLike } from './arrow-rows.ts';
import { wasmDownloadProgress } from './download-progress.ts';
import { nextConnectorName, type Connector } from './connector.ts';
import type { ConsoleConnection } from './console-connection.ts';
import { bootEngine, type EngineBoot } from './engine-boot.ts';
import { makeWritable } from './engine-writable.ts';
import { classifyEngineError, EngineStoppedError } from './engine-failure.ts';
import { startHeartbeat } from './engine-heartbeat.ts';
import { ENGINE_QUERY_CONFIG, ENGINE_SETUP_SQL } from './engine-settings.ts';
import { QueryError } from './query-error.ts';
import { sqlMeasureName, type SqlQuery } from './sql.ts';

/** Engine start-up stages: fetching/compiling the wasm, then opening the database. */
export type EngineStage = 'downloading' | 'starting';

export interface BrowserConnectorOptions {
  onStage?: (stage: EngineStage) => void;
  /** Decompressed bytes of the wasm loaded so far, against its decompressed size (0 when unknown). */
  onDownloadProgress?: (progress: { bytesLoaded: number; bytesTotal: number }) => void;
  /** The worker already started (engine-boot.ts); default: start it now. */
  boot?: EngineBoot;
  /** Called once if the engine stops after start-up (its worker died, it broke, or it stopped answering). */
  onStopped?: (error: EngineStoppedError) => void;
}

declare global {
  interface Window {
    /** Under automation only (navigator.webdriver): lets a browser test kill the engine's worker as a crash would. */
    __papiEngineUnderTest?: { terminateWorker: () => void };
  }
}

/** Starts DuckDB-WASM in a worker and connects; rejects with the engine's error if it cannot start. */
export async function createBrowserConnector(options: BrowserConnectorOptions = {}): Promise<Connector> {
  const { bundle, worker, failure } = options.boot ?? bootEngine();
  options.onStage?.('downloading');
  const db = new AsyncDuckDB(new VoidLogger(), worker);
  try {
    const instantiated = db.instantiate(bundle.mainModule, null, (progress: InstantiationProgress) => {
      options.onDownloadProgress?.(wasmDownloadProgress(progress, bundle.wasmBytes));
    });
    await Promise.race([instantiated, failure]);
    performance.mark('papi:engine-instantiated');
    options.onStage?.('starting');
    await Promise.race([db.open({ query: ENGINE_QUERY_CONFIG }), failure]);
  } catch (error) {
    worker.terminate();
    throw error;
  }
  const conn = await db.connect();
  await conn.query(ENGINE_SETUP_SQL);
  // The heartbeat's own connection, so a ping never waits in the app connection's queue.
  const pingConn = await db.connect();
  performance.mark('papi:engine-connected');

  // Once stopped, every call fails with the reason instead of waiting on a dead worker: the calls already
  // waiting too (a query the dead worker will never answer would keep the page busy for ever).
  let stoppedWith: EngineStoppedError | null = null;
  let rejectPending: (error: EngineStoppedError) => void = () => undefined;
  const stoppedSignal = new Promise<never>((_resolve, reject) => (rejectPending = reject));
  stoppedSignal.catch(() => undefined);
  const untilStopped = <T>(pending: Promise<T>): Promise<T> => Promise.race([pending, stoppedSignal]);
  /** Stops watching and fails every call, pending or later; false when that had already happened. */
  const halt = (error: EngineStoppedError): boolean => {
    if (stoppedWith !== null) return false;
    stoppedWith = error;
    rejectPending(error);
    heartbeat.stop();
    document.removeEventListener('visibilitychange', onVisible);
    return true;
  };
  const stop = (error: EngineStoppedError): void => {
    if (halt(error)) options.onStopped?.(error);
  };
  // Any answer of the worker (to any connection) proves it alive; the heartbeat judges its silence.
  let lastHeardAt = Date.now();
  worker.addEventListener('message', () => (lastHeardAt = Date.now()));
  const heartbeat = startHeartbeat({
    ping: () => pingConn.query('SELECT 1'),
    isBusy: () => running > 0,
    isVisible: () => document.visibilityState === 'visible',
    onStopped: stop,
    lastHeardAt: () => lastHeardAt,
  });
  const onVisible = (): void => {
    if (document.visibilityState === 'visible') heartbeat.check();
  };
  document.addEventListener('visibilitychange', onVisible);
  worker.addEventListener('error', (event: ErrorEvent) => {
    stop(new EngineStoppedError('worker-error', event.message.replace(/^Uncaught\s+/, '') || 'worker error'));
  });
  /** Rethrows `error` after deciding what it means for the engine (engine-failure.ts). */
  const judge = (error: unknown): never => {
    const kind = classifyEngineError(error);
    if (kind === 'fatal')
      stop(new EngineStoppedError('fatal-error', error instanceof Error ? error.message : String(error)));
    else if (kind === 'memory') heartbeat.check();
    throw error;
  };
  if (navigator.webdriver) window.__papiEngineUnderTest = { terminateWorker: () => worker.terminate() };

  // One connection: run operations one after another so a multi-statement script (a transaction)
  // never interleaves with another query.
  let queue: Promise<unknown> = Promise.resolve();
  /** Operations queued or running: none, and the next one starts at once. */
  let queued = 0;
  let running = 0;
  const serial = <T>(operation: () => Promise<T>): Promise<T> => {
    const guarded = async (): Promise<T> => {
      if (stoppedWith !== null) throw stoppedWith;
      running += 1;
      try {
        return await operation();
      } finally {
        running -= 1;
      }
    };
    // On an idle connection the operation reaches the worker now, not a microtask later: a question asked just
    // before a render (app/use-ask-ahead.ts) is then under way while the render runs, not after it.
    const idle = queued === 0;
    queued += 1;
    const result = idle ? guarded() : queue.then(guarded, guarded);
    queue = result.then(
      () => void (queued -= 1),
      () => void (queued -= 1),
    );
    return untilStopped(result);
  };

  const run = async (query: SqlQuery): Promise<ArrowTableLike> => {
    if (query.params.length === 0) return (await conn.query(query.text)) as ArrowTableLike;
    const statement = await conn.prepare(query.text);
    try {
      return (await statement.query(...query.params)) as ArrowTableLike;
    } finally {
      // Not waited for: the worker takes its messages in order, so the next operation's come after the close.
      // Waited for, each question with parameters took one more round trip to the worker, and while the page
      // renders (a choice's render, up to 100 ms) a round trip waits for the render to end.
      statement.close().catch((error: unknown) => {
        try {
          judge(error);
        } catch {
          // Judged (a broken engine stops): the question had its answer, so no caller waits for this one.
        }
      });
    }
  };

  // The console's own connection: `send` runs the query as a pending query the worker advances in slices,
  // so the app's queries still get through meanwhile and `cancelSent` can stop it between slices.
  const openConsoleConnection = async (): Promise<ConsoleConnection> => {
    if (stoppedWith !== null) throw stoppedWith;
    // Its own connection opens on the in-memory database: the data must be there, not read in place.
    await makeWritable(connector);
    const consoleConn = await db.connect();
    return {
      execute: async (text) => void (await untilStopped(consoleConn.query(text)).catch(judge)),
      send: async (text) => {
        // Opened first, so its schema (the columns, even of an empty result) is known before any batch is read.
        const reader = await untilStopped(consoleConn.send(text, false).then((sent) => sent.open())).catch(
          judge,
        );
        const { fields } = reader.schema as unknown as ArrowTableLike['schema'];
        return {
          batches: judgedBatches(reader as unknown as AsyncIterable<ArrowTableLike>, judge, untilStopped),
          fields: () => fields,
        };
      },
      cancel: () => consoleConn.cancelSent(),
      close: () => consoleConn.close(),
    };
  };

  const name = nextConnectorName('duckdb-wasm');
  const connector: Connector = {
    toJSON: () => name,
    query: <T>(query: SqlQuery) =>
      serial(async () => {
        const start = performance.now();
        try {
          return arrowTableToRows<T>(await run(query));
        } catch (error) {
          return judge(
            error instanceof EngineStoppedError ? error : new QueryError(error, query.text, query.params),
          );
        } finally {
          // In the performance timeline (DevTools, the benchmark's trace): what each statement cost.
          performance.measure(sqlMeasureName(query.text), { start });
        }
      }),
    openConsoleConnection,
    registerFileText: (name, text) => serial(() => db.registerFileText(name, text)),
    registerFileBuffer: (name, bytes) => serial(() => db.registerFileBuffer(name, bytes)),
    // DuckDB's worker reads the Blob with FileReaderSync, slice by slice, as read_csv asks for them.
    registerFileBlob: (name, blob) =>
      serial(() => db.registerFileHandle(name, blob, DuckDBDataProtocol.BROWSER_FILEREADER, true)),
    dropFile: (name) => serial(async () => void (await db.dropFile(name))),
    close: () =>
      serial(async () => {
        halt(new EngineStoppedError('worker-error', 'closed'));
        await conn.close();
        await db.terminate();
      }),
    terminate: () => {
      halt(new EngineStoppedError('worker-error', 'terminated by the app'));
      worker.terminate();
    },
  };
  return connector;
}

/** The console's result batches, with an error met while reading them judged like any other. */
async function* judgedBatches(
  batches: AsyncIterable<ArrowTableLike>,
  judge: (error: unknown) => never,
  untilStopped: <T>(pending: Promise<T>) => Promise<T>,
): AsyncIterable<ArrowTableLike> {
  const iterator = batches[Symbol.asyncIterator]();
  let done = false;
  try {
    for (;;) {
      const next = await untilStopped(iterator.next());
      if (next.done === true) {
        done = true;
        return;
      }
      yield next.value;
    }
  } catch (error) {
    done = true;
    judge(error);
  } finally {
    // Left early (the row limit, a cancel), as `yield*` would: let the reader release its query.
    if (!done && iterator.return !== undefined) await untilStopped(iterator.return()).catch(() => undefined);
  }
}
