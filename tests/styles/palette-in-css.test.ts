import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OKABE_ITO } from '../../src/charts/palette.ts';
import { paletteCustomProperties, writePaletteProperties } from '../../src/charts/palette-properties.ts';

const SRC = fileURLToPath(new URL('../../src', import.meta.url));

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return cssFiles(path);
    return entry.name.endsWith('.css') ? [path] : [];
  });
}

/** `#abc` and `#aabbcc` as one upper-case six-digit form. */
const sixDigits = (hex: string): string =>
  (hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex).toUpperCase();

const styleSheets = cssFiles(SRC).map((path) => ({
  file: relative(SRC, path),
  text: readFileSync(path, 'utf8'),
}));

describe('the palette in the style sheets', () => {
  it('finds the style sheets', () => {
    expect(styleSheets.map((sheet) => sheet.file)).toContain(join('views', 'plan', 'plan-view.css'));
  });

  it('never hard-codes a palette colour: style sheets read var(--palette-…), set from palette.ts', () => {
    const paletteHexes = new Set(Object.values(OKABE_ITO).map(sixDigits));
    const copies = styleSheets.flatMap(({ file, text }) =>
      [...text.matchAll(/#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b/g)]
        .map((match) => match[0])
        .filter((hex) => paletteHexes.has(sixDigits(hex)))
        .map((hex) => `${file}: ${hex}`),
    );
    expect(copies).toEqual([]);
  });

  it('uses only palette properties that palette.ts writes', () => {
    const written = paletteCustomProperties();
    const used = styleSheets.flatMap(({ file, text }) =>
      [...text.matchAll(/var\((--palette-[a-z-]+)/g)].map((match) => ({ file, name: match[1] ?? '' })),
    );
    expect(used.length).toBeGreaterThan(5);
    for (const { file, name } of used) expect(written[name], `${file}: ${name}`).toBeDefined();
  });

  it("writes each palette colour's value under its name on the document's style", () => {
    const style = new Map<string, string>();
    writePaletteProperties({ setProperty: (name, value) => void style.set(name, value ?? '') });
    expect(style.get('--palette-bluish-green')).toBe(OKABE_ITO.bluishGreen);
    expect(style.get('--palette-vermillion')).toBe(OKABE_ITO.vermillion);
    expect(style.size).toBe(Object.keys(OKABE_ITO).length);
  });
});
