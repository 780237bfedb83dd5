// The bundled data's download off the page's thread (src/ingest/download): the worker's answer for each way a
// download ends, and the page's own download when no worker starts, so the data still loads.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadBytes } from '../../src/ingest/download/download-bytes.ts';
import { fetchDownload, type Downloaded } from '../../src/ingest/download/fetch-download.ts';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

const serving = (body: string, status = 200) =>
  vi.fn((url: string) =>
    url.endsWith('/gone')
      ? Promise.reject(new TypeError('Failed to fetch'))
      : Promise.resolve(new Response(body, { status })),
  );

describe('fetchDownload', () => {
  it('answers the bytes, the server’s status, or the network’s error, never throwing', async () => {
    vi.stubGlobal('fetch', serving('four'));
    const bytes = await fetchDownload('/data.duckdb');
    expect(bytes.kind === 'bytes' && new TextDecoder().decode(bytes.bytes)).toBe('four');
    expect(await fetchDownload('/gone')).toEqual({ kind: 'failed', message: 'Failed to fetch' });
    vi.stubGlobal('fetch', serving('missing', 404));
    expect(await fetchDownload('/data.duckdb')).toEqual({ kind: 'status', status: 404 });
  });
});

describe('the download worker', () => {
  it('hands the bytes over, transferred, and the errors as answers', async () => {
    vi.stubGlobal('fetch', serving('bytes of the file'));
    const posted: [Downloaded, Transferable[]][] = [];
    const scope: { onmessage?: (event: { data: { url: string } }) => void } = {};
    vi.stubGlobal('self', {
      ...scope,
      set onmessage(handler: (event: { data: { url: string } }) => void) {
        scope.onmessage = handler;
      },
      postMessage: (message: Downloaded, transfer: Transferable[]) => posted.push([message, transfer]),
    });
    await import('../../src/ingest/download/download-worker.ts');
    scope.onmessage?.({ data: { url: '/data.duckdb' } });
    scope.onmessage?.({ data: { url: '/gone' } });
    await vi.waitFor(() => expect(posted).toHaveLength(2));
    // Each answers when its download ends: the failed one may come first.
    const answer = (kind: Downloaded['kind']) => posted.find(([message]) => message.kind === kind);
    const [bytes, transfer] = answer('bytes') ?? [];
    expect(bytes?.kind === 'bytes' && new TextDecoder().decode(bytes.bytes)).toBe('bytes of the file');
    expect(transfer).toEqual(bytes?.kind === 'bytes' ? [bytes.bytes] : null);
    expect(answer('failed')).toEqual([{ kind: 'failed', message: 'Failed to fetch' }, []]);
  });
});

describe('downloadBytes', () => {
  it('downloads on the page’s thread when the worker cannot start, and ends the worker', async () => {
    vi.stubGlobal('fetch', serving('the page downloaded it'));
    const ended: string[] = [];
    class WorkerThatFails {
      onerror: (() => void) | null = null;
      onmessage: unknown = null;
      postMessage(): void {
        setTimeout(() => this.onerror?.(), 0);
      }
      terminate(): void {
        ended.push('terminated');
      }
    }
    vi.stubGlobal('Worker', WorkerThatFails);
    const downloaded = await downloadBytes('/data.duckdb');
    expect(downloaded.kind === 'bytes' && new TextDecoder().decode(downloaded.bytes)).toBe(
      'the page downloaded it',
    );
    expect(ended).toEqual(['terminated']);
  });

  it('downloads on the page’s thread when the worker’s answer cannot be received', async () => {
    vi.stubGlobal('fetch', serving('the page downloaded it'));
    class WorkerWithUnreadableAnswer {
      onerror: unknown = null;
      onmessage: unknown = null;
      onmessageerror: (() => void) | null = null;
      postMessage(): void {
        setTimeout(() => this.onmessageerror?.(), 0);
      }
      terminate(): void {}
    }
    vi.stubGlobal('Worker', WorkerWithUnreadableAnswer);
    const downloaded = await downloadBytes('/data.duckdb');
    expect(downloaded.kind === 'bytes' && new TextDecoder().decode(downloaded.bytes)).toBe(
      'the page downloaded it',
    );
  });

  it('answers what the worker answered, and ends it', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new Error('the page must not download it')));
    const ended: string[] = [];
    class WorkerThatAnswers {
      onmessage: ((event: { data: Downloaded }) => void) | null = null;
      onerror: unknown = null;
      postMessage(request: { url: string }): void {
        setTimeout(() => this.onmessage?.({ data: { kind: 'status', status: request.url.length } }), 0);
      }
      terminate(): void {
        ended.push('terminated');
      }
    }
    vi.stubGlobal('Worker', WorkerThatAnswers);
    expect(await downloadBytes('/data.duckdb')).toEqual({ kind: 'status', status: '/data.duckdb'.length });
    expect(ended).toEqual(['terminated']);
  });
});
