import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { mixHex } from '../../src/charts/colour-mix.ts';
import { CHART_COLORS, OKABE_ITO, STATUS_COLORS } from '../../src/charts/palette.ts';
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

  it('never hard-codes a colour of palette.ts: style sheets read var(--palette-…), var(--chart-…), var(--status-…)', () => {
    const sharedColours = [OKABE_ITO, CHART_COLORS, ...Object.values(STATUS_COLORS)].flatMap((colours) =>
      Object.values(colours),
    );
    const paletteHexes = new Set(sharedColours.filter((value) => value.startsWith('#')).map(sixDigits));
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
      [...text.matchAll(/var\((--(?:palette|chart|status)-[a-z-]+)/g)].map((match) => ({
        file,
        name: match[1] ?? '',
      })),
    );
    for (const family of ['--palette-', '--chart-', '--status-']) {
      expect(
        used.some(({ name }) => name.startsWith(family)),
        family,
      ).toBe(true);
    }
    for (const { file, name } of used) expect(written[name], `${file}: ${name}`).toBeDefined();
  });

  it("writes each palette colour's value under its name on the document's style", () => {
    const style = new Map<string, string>();
    writePaletteProperties({ setProperty: (name, value) => void style.set(name, value ?? '') });
    expect(style.get('--palette-bluish-green')).toBe(OKABE_ITO.bluishGreen);
    expect(style.get('--palette-vermillion')).toBe(OKABE_ITO.vermillion);
    expect(style.get('--chart-grid-line')).toBe(CHART_COLORS.gridLine);
    expect(style.get('--status-red-tint')).toBe(STATUS_COLORS.red.tint);
    expect(style.get('--status-green-solid')).toBe(STATUS_COLORS.green.solid);
  });

  it('repeats no token of app.css as a literal in another style sheet', () => {
    const app = styleSheets.find((sheet) => sheet.file === join('app', 'app.css'));
    const rootBlock = /:root\s*\{([^}]*)\}/.exec(app?.text ?? '')?.[1] ?? '';
    const tokens = new Map(
      [...rootBlock.matchAll(/(--[\w-]+):\s*(#[0-9a-fA-F]{3,6})\b/g)].map((m) => [
        sixDigits(m[2] ?? ''),
        m[1],
      ]),
    );
    expect(tokens.size).toBeGreaterThan(5);
    const repeats = styleSheets.flatMap(({ file, text }) =>
      [
        ...(file === join('app', 'app.css') ? text.replace(rootBlock, '') : text).matchAll(
          /#[0-9a-fA-F]{6}\b/g,
        ),
      ]
        .map((match) => match[0])
        .filter((hex) => tokens.has(sixDigits(hex)))
        .map((hex) => `${file}: ${hex} is ${tokens.get(sixDigits(hex)) ?? ''}`),
    );
    expect(repeats).toEqual([]);
  });
});

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string): number => {
    const [r = 0, g = 0, bl = 0] = [1, 3, 5].map((i) => {
      const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

describe('the status chips’ colours, derived from the palette', () => {
  it('mixes in sRGB as CSS color-mix does', () => {
    expect(mixHex('#D55E00', '#000000', 0.5)).toBe('#6b2f00');
    expect(mixHex('#009E73', '#ffffff', 1)).toBe('#ffffff');
    expect(mixHex('#009E73', '#ffffff', 0)).toBe('#009e73');
  });

  it.each(Object.entries(STATUS_COLORS))(
    '%s: the word reads at 4.5:1 or more on its tint and on white',
    (_, colours) => {
      expect(contrast(colours.text, colours.tint)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(colours.text, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    },
  );

  it('white reads at 4.5:1 or more on the solid green of a met goal', () => {
    expect(contrast('#ffffff', STATUS_COLORS.green.solid)).toBeGreaterThanOrEqual(4.5);
  });
});
