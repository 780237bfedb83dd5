// Build helper (vite.config.ts): the desk tools the service worker does not precache. A first visit, often a
// leader's on a phone, downloaded them with every other feature although few users ever open them (~600 KB
// brotli of its ~7 MB); they are now downloaded the first time they are used, and kept for offline use from then
// on. Their chunks are named `first-use-<tool>-<hash>`: the precache leaves that prefix out, and a runtime route
// caches it on first use. The build fails if a precached chunk would import one of them statically, which would
// break offline a view that does not use the tool.

/** The tools, each by the module its chunk is loaded through (a dynamic import, or pdf.js's worker URL). */
export const FIRST_USE_TOOLS: readonly { readonly tool: string; readonly entry: RegExp }[] = [
  // A plan as a PDF: pdf.js, read on the page (src/ingest/plan-document/pdf/load-pdfjs.ts).
  { tool: 'pdf-reader', entry: /[\\/]node_modules[\\/]pdfjs-dist[\\/]build[\\/]pdf\.mjs$/ },
  // A plan as a Word file: mammoth, in the file-reading worker (src/ingest/plan-document/read-docx.ts).
  { tool: 'word-reader', entry: /[\\/]node_modules[\\/]mammoth[\\/]/ },
  // The Data view's SQL console with CodeMirror (src/views/data/sql-console/lazy-sql-console.tsx).
  { tool: 'sql-console', entry: /[\\/]src[\\/]views[\\/]data[\\/]sql-console[\\/]sql-console-section\.tsx$/ },
];

/** pdf.js's own worker, an asset the pdf reader starts by URL. */
const PDF_WORKER_ASSET = /^pdf\.worker(\.min)?\.mjs$/;

const PREFIX = 'first-use-';

/** The prefix every first-use file's name starts with, for the precache's ignore list. */
export const FIRST_USE_GLOB = `**/${PREFIX}*`;

/** The runtime cache that keeps a first-use file once it has been fetched. */
export const FIRST_USE_CACHE_NAME = 'papi-first-use-tools';

/** Matches a first-use file's URL, for the service worker's runtime route. */
export const FIRST_USE_URL = new RegExp(`/assets/${PREFIX}[\\w.-]+$`);

const DEFAULT_CHUNK_FILE_NAME = 'assets/[name]-[hash].js';
const DEFAULT_ASSET_FILE_NAME = 'assets/[name]-[hash][extname]';

/** The tool whose entry module `moduleId` is, or null. */
export function firstUseToolOf(moduleId: string | null | undefined): string | null {
  if (moduleId === null || moduleId === undefined) return null;
  return FIRST_USE_TOOLS.find(({ entry }) => entry.test(moduleId))?.tool ?? null;
}

/** output.chunkFileNames, for the app's build and the workers': a tool's chunk is named after the tool. */
export function chunkFileName(chunk: { readonly facadeModuleId: string | null }): string {
  const tool = firstUseToolOf(chunk.facadeModuleId);
  return tool === null ? DEFAULT_CHUNK_FILE_NAME : `assets/${PREFIX}${tool}-[hash].js`;
}

/** output.assetFileNames: pdf.js's worker goes with the pdf reader; every other asset keeps Vite's name. */
export function assetFileName(asset: { readonly names: readonly string[] }): string {
  return asset.names.some((name) => PDF_WORKER_ASSET.test(name))
    ? `assets/${PREFIX}pdf-reader-worker-[hash][extname]`
    : DEFAULT_ASSET_FILE_NAME;
}

/** Whether a built file (its path in the output folder) is a first-use file. */
export const isFirstUseFile = (fileName: string): boolean =>
  fileName.split('/').pop()?.startsWith(PREFIX) ?? false;

/**
 * The precached chunks of a bundle that import a first-use chunk statically, as "chunk → tool chunk": each
 * would fail offline until the tool had been used once. Dynamic imports are how a tool is meant to load.
 */
export function precachedChunksImportingFirstUse(
  chunks: readonly { readonly fileName: string; readonly imports: readonly string[] }[],
): string[] {
  return chunks
    .filter((chunk) => !isFirstUseFile(chunk.fileName))
    .flatMap((chunk) =>
      chunk.imports.filter(isFirstUseFile).map((imported) => `${chunk.fileName} → ${imported}`),
    );
}
