// A static server for dist/ that sends some files slowly (with their Content-Length), so a test can
// watch a download's progress as a person on a slow network would; optionally brotli-compressed, as the
// README's hosting serves them (the build's .br files, Content-Length counting compressed bytes). Kept tiny.
import { readFileSync, statSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize, sep } from 'node:path';
import { assertBuilt, DIST_DIR, mimeType } from './server.ts';

export interface ThrottledServer {
  url: string;
  origin: string;
  close(): Promise<void>;
}

export interface Throttle {
  /** Paths (pathname) sent slowly. */
  pattern: RegExp;
  chunkBytes: number;
  /** Pause between chunks. */
  intervalMs: number;
  /** 'br': send the build's pre-compressed `<file>.br` with Content-Encoding: br where one exists. */
  encoding?: 'br';
}

function sendSlowly(res: ServerResponse, body: Buffer, throttle: Throttle): void {
  let offset = 0;
  const next = (): void => {
    if (res.destroyed) return;
    if (offset >= body.length) {
      res.end();
      return;
    }
    res.write(body.subarray(offset, offset + throttle.chunkBytes));
    offset += throttle.chunkBytes;
    setTimeout(next, throttle.intervalMs);
  };
  next();
}

/** Serves dist/ on 127.0.0.1 (no caching), sending files that match `throttle.pattern` in slow chunks. */
export async function startThrottledServer(
  throttle: Throttle,
  root: string = DIST_DIR,
): Promise<ThrottledServer> {
  assertBuilt(root);
  const server = createServer((req, res) => {
    let pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (pathname.endsWith('/')) pathname += 'index.html';
    const file = normalize(join(root, pathname));
    if (!file.startsWith(root + sep) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      res.writeHead(404).end();
      return;
    }
    const brotli = throttle.encoding === 'br' && statSync(`${file}.br`, { throwIfNoEntry: false })?.isFile();
    const body = readFileSync(brotli === true ? `${file}.br` : file);
    res.writeHead(200, {
      'Content-Type': mimeType(file),
      'Content-Length': body.length,
      'Cache-Control': 'no-store',
      ...(brotli === true ? { 'Content-Encoding': 'br' } : {}),
    });
    if (throttle.pattern.test(pathname)) sendSlowly(res, body, throttle);
    else res.end(body);
  });
  await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', () => resolveListen()));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: `${origin}/`,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}
