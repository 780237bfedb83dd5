// A tiny static server for the built app (dist/), used by the browser tests and the benchmark.
// node:http only: no compression (like `vite preview`), correct MIME types (.wasm must be
// application/wasm for streaming compilation), hashed assets cached as immutable, everything else
// revalidated with an ETag, so a warm reload behaves like real static hosting.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** The built app; E2E_DIST_DIR overrides it (e.g. to test the harness itself against a stub). */
export const DIST_DIR = process.env.E2E_DIST_DIR ?? join(REPO_ROOT, 'dist');
export const ARTIFACTS_DIR = join(REPO_ROOT, 'tests', '.artifacts');

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.csv': 'text/csv; charset=utf-8',
  '.duckdb': 'application/octet-stream',
  '.tsv': 'text/tab-separated-values; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};

export function mimeType(path: string): string {
  return MIME[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

export interface StaticServer {
  /** e.g. http://127.0.0.1:41234 (no trailing slash) */
  origin: string;
  /** origin + '/' */
  url: string;
  port: number;
  /** Paths requested so far (pathname only), in order; handy for the benchmark and debugging. */
  requests: string[];
  close(): Promise<void>;
}

export interface StaticServerOptions {
  /** Directory to serve; default dist/. */
  root?: string;
  /** Extra in-memory pages, by pathname (e.g. a trivial baseline page for the benchmark). */
  extra?: Record<string, { body: string; type?: string }>;
}

/** Throws with a clear message if the app has not been built. */
export function assertBuilt(root: string = DIST_DIR): void {
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(
      `No built app at ${join(root, 'index.html')}. Run \`npm run build\` first ` +
        '(`npm run test:e2e` and `npm run bench` build it for you).',
    );
  }
}

/** Starts the server on 127.0.0.1 with a free port. */
export async function startStaticServer(options: StaticServerOptions = {}): Promise<StaticServer> {
  const root = resolve(options.root ?? DIST_DIR);
  assertBuilt(root);
  const extra = options.extra ?? {};
  const requests: string[] = [];

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const method = req.method ?? 'GET';
    if (method !== 'GET' && method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end('bad request');
      return;
    }
    requests.push(pathname);

    const page = extra[pathname];
    if (page) {
      res.writeHead(200, {
        'Content-Type': page.type ?? 'text/html; charset=utf-8',
        'Cache-Control': 'no-store',
      });
      res.end(method === 'HEAD' ? undefined : page.body);
      return;
    }

    if (pathname.endsWith('/')) pathname += 'index.html';
    const file = normalize(join(root, pathname));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    let size: number;
    let mtime: Date;
    try {
      const st = statSync(file);
      if (!st.isFile()) throw new Error('not a file');
      size = st.size;
      mtime = st.mtime;
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`not found: ${pathname}`);
      return;
    }

    const etag = `W/"${size.toString(16)}-${mtime.getTime().toString(16)}"`;
    // Vite puts content-hashed files under assets/: safe to cache forever. Everything else revalidates.
    const immutable = /(^|\/)assets\//.test(pathname);
    const headers: Record<string, string | number> = {
      'Content-Type': mimeType(file),
      'Content-Length': size,
      ETag: etag,
      'Last-Modified': mtime.toUTCString(),
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    };
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { ETag: etag, 'Cache-Control': headers['Cache-Control'] as string }).end();
      return;
    }
    res.writeHead(200, headers);
    if (method === 'HEAD') {
      res.end();
      return;
    }
    const stream = createReadStream(file);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  };

  const server = createServer(handle);
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    url: `${origin}/`,
    port,
    requests,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}
