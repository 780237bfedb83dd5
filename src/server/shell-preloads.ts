// Build helper (vite.config.ts): the chunks index.html asks for next to the entry. The entry imports the shell
// (src/app/providers.tsx) with import(), so without these links the browser learns of the shell's chunks only once
// the entry has arrived and run: one more round trip before the first figures, the longest on a slow network.

/** What the helper reads of a built chunk (Rollup's OutputChunk has these fields). */
export interface BuiltChunkLinks {
  readonly fileName: string;
  readonly isEntry: boolean;
  /** The module the chunk stands for when something imports it by name (a dynamic import's target). */
  readonly facadeModuleId: string | null;
  /** The chunks it imports statically. */
  readonly imports: readonly string[];
}

/** `roots` and every chunk they import statically, in the order a breadth-first walk meets them. */
function staticClosure(byName: ReadonlyMap<string, BuiltChunkLinks>, roots: readonly string[]): string[] {
  const seen: string[] = [];
  for (let index = 0, pending = [...roots]; index < pending.length; index += 1) {
    const name = pending[index] ?? '';
    if (seen.includes(name)) continue;
    seen.push(name);
    pending.push(...(byName.get(name)?.imports ?? []));
  }
  return seen;
}

/**
 * The files of the shell's chunk (the one whose module `isShell` names) and of every chunk it imports statically,
 * less those the entry imports statically (the browser finds them in the entry itself). Throws when no chunk is
 * the shell's: a renamed module must not silently drop the preloads.
 */
export function shellPreloadFiles(
  chunks: readonly BuiltChunkLinks[],
  isShell: (moduleId: string) => boolean,
): string[] {
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const shell = chunks.find((chunk) => chunk.facadeModuleId !== null && isShell(chunk.facadeModuleId));
  if (shell === undefined) throw new Error('No built chunk is the shell: index.html cannot preload it.');
  const entries = chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName);
  const fromEntry = new Set(staticClosure(byName, entries));
  return staticClosure(byName, [shell.fileName]).filter((name) => !fromEntry.has(name));
}
