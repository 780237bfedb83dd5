// Shared component styles live beside the components, not in app.css (which keeps the tokens and the
// shell): every file that renders one of their classes imports the sheet, so the style arrives with the
// markup in whatever chunk loads it.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src', import.meta.url));
const COMPONENTS = join(SRC, 'components');

function filesUnder(dir: string, ending: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path, ending);
    return ending.test(entry.name) ? [path] : [];
  });
}

/** Classes a sheet styles as the subject of a rule's first compound selector (`.figure {`, `.data-table th {`). */
function classesOf(css: string): Set<string> {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const selectors = [...withoutComments.matchAll(/(^|[{}])\s*([^{}@]+)\{/g)].flatMap((m) =>
    (m[2] ?? '').split(','),
  );
  return new Set(selectors.flatMap((selector) => /^\s*\.([a-z][a-z0-9-]*)/.exec(selector)?.[1] ?? []));
}

/** The class tokens a file puts in `className` (plain strings, braces with string or template literals). */
function classNamesIn(source: string): Set<string> {
  const tokens = new Set<string>();
  for (const match of source.matchAll(/className=("[^"]*"|\{)/g)) {
    let text = match[1] ?? '';
    if (text === '{') {
      let depth = 1;
      let end = (match.index ?? 0) + match[0].length;
      while (depth > 0 && end < source.length) {
        if (source[end] === '{') depth += 1;
        if (source[end] === '}') depth -= 1;
        end += 1;
      }
      text = source.slice((match.index ?? 0) + match[0].length, end - 1).replace(/\$\{[^}]*\}/g, ' ');
      text = [...text.matchAll(/['"`]([^'"`]*)['"`]/g)].map((m) => m[1] ?? '').join(' ');
    }
    for (const token of text.replace(/^"|"$/g, '').split(/\s+/)) if (token !== '') tokens.add(token);
  }
  return tokens;
}

const importedSheets = (file: string, source: string): Set<string> =>
  new Set([...source.matchAll(/^import\s+'([^']+\.css)';/gm)].map((m) => resolve(dirname(file), m[1] ?? '')));

const MOVED_SHEETS = ['figure.css', 'data-table.css', 'muted-text.css', 'link-button.css'].map((name) =>
  join(COMPONENTS, name),
);
const sources = filesUnder(SRC, /\.tsx?$/).map((file) => ({ file, source: readFileSync(file, 'utf8') }));

describe('shared component style sheets', () => {
  it.each(MOVED_SHEETS.map((sheet) => [relative(SRC, sheet), sheet]))(
    'every file rendering a class of %s imports it',
    (_name, sheet) => {
      const classes = classesOf(readFileSync(sheet, 'utf8'));
      expect(classes.size).toBeGreaterThan(0);
      const users = sources.filter(({ source }) => [...classNamesIn(source)].some((c) => classes.has(c)));
      expect(users.length).toBeGreaterThan(0);
      const missing = users
        .filter(({ file, source }) => !importedSheets(file, source).has(sheet))
        .map(({ file }) => relative(SRC, file));
      expect(missing).toEqual([]);
    },
  );

  it('leaves those classes out of app.css, which keeps the tokens and the shell', () => {
    const shell = classesOf(readFileSync(join(SRC, 'app', 'app.css'), 'utf8'));
    const moved = MOVED_SHEETS.flatMap((sheet) => [...classesOf(readFileSync(sheet, 'utf8'))]);
    expect(moved.filter((c) => shell.has(c))).toEqual([]);
  });
});
