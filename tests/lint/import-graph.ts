// The import graph of a folder, type-only imports included, and the cycles in it. import-x/no-cycle skips
// `import type` (it cannot be told otherwise), so a cycle made of types alone, such as the one that once ran
// arrow-rows → connector → console-query → arrow-rows, is found here instead.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const SOURCE_FILE = /\.(ts|tsx)$/;
const RESOLVED_EXTENSIONS = ['', '.ts', '.tsx', '/index.ts'];

function sourceFilesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFilesUnder(full);
    return SOURCE_FILE.test(entry.name) ? [full] : [];
  });
}

function isFile(candidate: string): boolean {
  try {
    return statSync(candidate).isFile();
  } catch {
    return false;
  }
}

/** The source files `file` imports by a relative path (`import`, `import type`, `export … from`, `import()`). */
function importsOf(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles.flatMap(({ fileName }) => {
    if (!fileName.startsWith('.')) return [];
    const bare = path.resolve(path.dirname(file), fileName.split('?')[0] ?? fileName);
    const target = RESOLVED_EXTENSIONS.map((extension) => bare + extension).find(isFile);
    return target !== undefined && SOURCE_FILE.test(target) ? [target] : [];
  });
}

/** Every import cycle among the files under `folder` (each as its files, relative to `folder`, sorted). */
export function findImportCycles(folder: string): string[][] {
  const files = sourceFilesUnder(folder);
  const inFolder = new Set(files);
  const edges = new Map(
    files.map((file) => [file, importsOf(file).filter((target) => inFolder.has(target))]),
  );

  // Tarjan's strongly connected components: a component of two or more files, or a file importing itself, is a cycle.
  const index = new Map<string, number>();
  const lowLink = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (file: string): void => {
    index.set(file, index.size);
    lowLink.set(file, index.get(file) ?? 0);
    stack.push(file);
    onStack.add(file);
    for (const target of edges.get(file) ?? []) {
      if (!index.has(target)) {
        visit(target);
        lowLink.set(file, Math.min(lowLink.get(file) ?? 0, lowLink.get(target) ?? 0));
      } else if (onStack.has(target)) {
        lowLink.set(file, Math.min(lowLink.get(file) ?? 0, index.get(target) ?? 0));
      }
    }
    if (lowLink.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1 || (edges.get(file) ?? []).includes(file)) {
      cycles.push(component.map((entry) => path.relative(folder, entry)).sort());
    }
  };
  for (const file of files) if (!index.has(file)) visit(file);
  return cycles;
}
