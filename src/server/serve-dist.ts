// `npm start`'s static server for the built app (run with tsx; not part of the app bundle): serves
// dist/ with the pre-compressed .br/.gz files the build wrote (Content-Encoding), caches hashed assets
// for a year (immutable) and revalidates everything else (index.html, the service worker, the seed),
// and sends the Content-Security-Policy as a header too. The benchmark serves the app and its floor page
// with the same function. Env: PORT (default 4173), HOST (default 127.0.0.1), DIST_DIR (default dist/).

import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { CONTENT_SECURITY_POLICY } from './content-security-policy.ts';

const HASHED_ASSET = /^\/assets\/.+-[\w-]{8,}\.\w+$/;
const ONE_YEAR_S = 365 * 24 * 60 * 60;

/** The cache and security headers of one response, by its path. */
export function headersFor(pathname: string): Record<string, string> {
  return {
    'Cache-Control': HASHED_ASSET.test(pathname) ? `public, max-age=${ONE_YEAR_S}, immutable` : 'no-cache',
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
}

export interface DistServer {
  server: Server;
  origin: string;
  /** Bytes of response bodies sent so far (what crossed the wire, compressed as sent). */
  bytesSent(): number;
  close(): Promise<void>;
}

/** A request handler serving `root` as described above (404 for anything else). */
export function createDistHandler(root: string): (req: IncomingMessage, res: ServerResponse) => void {
  if (!existsSync(join(root, 'index.html')))
    throw new Error(`No built app in ${root}: run \`npm run build\`.`);
  const serve = sirv(root, {
    brotli: true,
    gzip: true,
    etag: true,
    dev: false,
    setHeaders: (res: ServerResponse, pathname: string) => {
      for (const [name, value] of Object.entries(headersFor(pathname))) res.setHeader(name, value);
    },
  });
  return (req, res) =>
    serve(req, res, () => {
      res.statusCode = 404;
      res.end('Not found');
    });
}

/** Serves `root` (or `handler`) on `host:port` (port 0: any free one), counting the bytes it sends. */
export async function serveDist(
  root: string,
  port: number,
  host = '127.0.0.1',
  handler: (req: IncomingMessage, res: ServerResponse) => void = createDistHandler(root),
): Promise<DistServer> {
  let sent = 0;
  const server = createServer((req, res) => {
    const write = res.write.bind(res) as (chunk: unknown, ...rest: unknown[]) => boolean;
    const end = res.end.bind(res) as (chunk?: unknown, ...rest: unknown[]) => ServerResponse;
    const count = (chunk: unknown): void => {
      if (typeof chunk === 'string') sent += Buffer.byteLength(chunk);
      else if (chunk instanceof Uint8Array) sent += chunk.length;
    };
    res.write = ((chunk: unknown, ...rest: unknown[]) => (
      count(chunk),
      write(chunk, ...rest)
    )) as typeof res.write;
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      if (typeof chunk !== 'function') count(chunk);
      return end(chunk, ...rest);
    }) as typeof res.end;
    handler(req, res);
  });
  await new Promise<void>((done) => server.listen(port, host, done));
  const address = server.address() as AddressInfo;
  return {
    server,
    origin: `http://${host}:${address.port}`,
    bytesSent: () => sent,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(process.env.DIST_DIR ?? fileURLToPath(new URL('../../dist/', import.meta.url)));
  serveDist(root, Number(process.env.PORT ?? 4173), process.env.HOST ?? '127.0.0.1').then(
    ({ origin }) => console.log(`PAPI dashboard: ${origin}/ (serving ${root}; Ctrl+C stops)`),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
