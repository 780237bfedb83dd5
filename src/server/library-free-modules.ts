// Build helper (vite.config.ts's chunk groups): whether an app module imports no library, directly or through
// the app modules it imports. Such a module can join a chunk the first view loads without dragging a library
// (ECharts, DuckDB, a writer) in with it: the chunk would import that library's chunk statically.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** Static imports and re-exports: `import … from 'x'`, `import 'x'`, `export … from 'x'` (not `import type`). */
const STATIC_IMPORT = /^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s*)?['"]([^'"]+)['"]/gm;
const APP_MODULE = /\.tsx?$/;

/** The specifiers a module's source imports statically (type-only imports are erased, so they do not count). */
export function staticImportsOf(source: string): string[] {
  return [...source.matchAll(STATIC_IMPORT)].map((match) => match[1] ?? '');
}

/**
 * A test for module ids: true for a .ts/.tsx file whose static imports are all relative .ts/.tsx modules that
 * pass the same test (a library, a stylesheet or an import cycle: false). Answers are kept per file.
 */
export function createLibraryFreeTest(read: (file: string) => string = (file) => readFileSync(file, 'utf8')) {
  const known = new Map<string, boolean>();
  const isLibraryFree = (file: string): boolean => {
    const answer = known.get(file);
    if (answer !== undefined) return answer;
    known.set(file, false); // while its imports are checked: a cycle back to it is not proven free
    const free =
      APP_MODULE.test(file) &&
      staticImportsOf(read(file)).every(
        (specifier) =>
          specifier.startsWith('.') &&
          APP_MODULE.test(specifier) &&
          isLibraryFree(resolve(dirname(file), specifier)),
      );
    known.set(file, free);
    return free;
  };
  return (id: string): boolean => !id.includes('?') && !id.startsWith('\0') && isLibraryFree(id);
}
