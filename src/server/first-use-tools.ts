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

/** A built file's name without its folder. */
const baseName = (fileName: string): string => fileName.split('/').pop() ?? '';

/** Whether a built file (its path in the output folder) is a first-use file. */
export const isFirstUseFile = (fileName: string): boolean => baseName(fileName).startsWith(PREFIX);

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

/** The first-use files of a build by tool (their paths in the output folder), for the carry-over script. */
export function firstUseFilesByTool(fileNames: readonly string[]): Record<string, string[]> {
  const byTool: Record<string, string[]> = {};
  for (const { tool } of FIRST_USE_TOOLS)
    byTool[tool] = fileNames.filter((fileName) => baseName(fileName).startsWith(`${PREFIX}${tool}-`)).sort();
  return byTool;
}

/**
 * The service worker's script (imported by sw.js) that keeps a tool used with an earlier version usable offline
 * after an update: at install, it fetches this version's files of every tool the cache holds a file of, each
 * tool's files all or none (pdf.js without its worker cannot read); at activate (every tab then runs this version)
 * it does so again, for a tool first used in a tab of the old version meanwhile, then drops the files this version
 * does not have. `files`: this version's first-use files by tool, as paths relative to the service worker.
 */
export function firstUseCarryOverScript(files: Readonly<Record<string, readonly string[]>>): string {
  return `// Desk tools used with an earlier version stay usable offline after an update (src/server/first-use-tools.ts).
(() => {
  const files = ${JSON.stringify(files)};
  const nameOf = (path) => path.split('?')[0].split('/').pop();
  const current = new Set(Object.values(files).flat().map(nameOf));
  const open = () => caches.open(${JSON.stringify(FIRST_USE_CACHE_NAME)});
  // A tool that cannot come whole now is fetched at its next use, as on a first one: never a failed install.
  const fetchUsedTools = async (cache) => {
    const kept = (await cache.keys()).map((request) => nameOf(request.url));
    const used = Object.entries(files).filter(
      ([tool, paths]) =>
        kept.some((name) => name.startsWith('${PREFIX}' + tool + '-')) &&
        paths.some((path) => !kept.includes(nameOf(path))),
    );
    await Promise.all(used.map(([, paths]) => cache.addAll(paths).catch(() => undefined)));
  };
  self.addEventListener('install', (event) => {
    event.waitUntil(open().then(fetchUsedTools).catch(() => undefined));
  });
  self.addEventListener('activate', (event) => {
    event.waitUntil((async () => {
      const cache = await open();
      await fetchUsedTools(cache);
      const requests = await cache.keys();
      await Promise.all(
        requests.filter((request) => !current.has(nameOf(request.url))).map((request) => cache.delete(request)),
      );
    })().catch(() => undefined));
  });
})();
`;
}

/** The carry-over script's file, next to sw.js. */
export const FIRST_USE_SW_FILE = 'sw-first-use-tools.js';
