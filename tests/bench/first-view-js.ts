// The JavaScript the first view (the Overview) runs, gzip level 9 as the bench's build-sizes section counts
// it: the entry, the shell it imports, the Overview's chunk and the chart canvas, each with the chunks it
// imports; then what each other view adds. After `npx vite build`: `npx tsx tests/bench/first-view-js.ts [dist]`.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  chunkNamed,
  firstViewRoots,
  gzipBytes,
  OTHER_VIEW_CHUNK_STEMS,
  readBuiltChunks,
  staticClosure,
  type BuiltChunks,
} from '../e2e/helpers/built-chunks.ts';

const dist = process.argv[2] ?? join(fileURLToPath(new URL('../../', import.meta.url)), 'dist');
const chunks = readBuiltChunks(dist);
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const shown = new Set<string>();

/** Prints the chunks `roots` load beyond those already counted, and counts them. */
function step(label: string, built: BuiltChunks, roots: string[]): void {
  const added = [...staticClosure(built, roots)].filter((name) => !shown.has(name));
  added.forEach((name) => shown.add(name));
  console.log(
    `${label.padEnd(44)} ${String(added.length).padStart(3)} chunks  ${kb(gzipBytes(built, added))}`,
  );
}

// The first view's roots, as the e2e guard (first-view-chunks.e2e.ts) defines them: entry, shell, Overview, canvas.
const roots = firstViewRoots(chunks);
const root = (index: number): string[] => roots.slice(index, index + 1);
step(`entry (${chunks.entry})`, chunks, root(0));
step('+ shell (providers)', chunks, root(1));
step('+ Overview view', chunks, root(2));
console.log(`${'= first figures (entry + shell + Overview)'.padEnd(55)} ${kb(gzipBytes(chunks, shown))}`);
step('+ chart canvas (ECharts, Overview parts)', chunks, root(3));
console.log(`${'= first view with its charts'.padEnd(55)} ${kb(gzipBytes(chunks, shown))}`);
const firstView = new Set(shown);
for (const stem of [...OTHER_VIEW_CHUNK_STEMS, 'echarts-more-parts']) {
  const own = chunkNamed(chunks, stem);
  const added = [...staticClosure(chunks, [own])].filter((name) => !firstView.has(name));
  console.log(
    `  ${stem.padEnd(24)} own chunk ${kb(gzipBytes(chunks, [own])).padStart(9)}, adds ${kb(gzipBytes(chunks, added)).padStart(9)} (${added.length} chunks)`,
  );
}
