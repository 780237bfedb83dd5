// Text measured in Node as the browser measures the export: with Be Vietnam Pro's own advance widths (its
// bundled latin, latin-ext and vietnamese subsets, read by fontkit), so ECharts breaks, truncates and places
// labels in Node as it does in the exported PNG. Without this, ECharts' Node fallback counts every
// non-ASCII letter ("ạ", "ố", "Đ") a full em wide, and wraps and cuts Vietnamese text far earlier than a
// browser does.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import type { Font } from '@pdf-lib/fontkit';
import { setPlatformAPI } from 'echarts/core';
import { ensureFontMeasureInfo } from 'zrender/lib/contain/text.js';
import { platformApi } from 'zrender/lib/core/platform.js';

const SUBSETS = ['latin', 'latin-ext', 'vietnamese'] as const;
const FONT_DIR = join(
  dirname(createRequire(import.meta.url).resolve('@fontsource/be-vietnam-pro/package.json')),
  'files',
);
/** zrender keeps per-font measurements in an LRU of this many fonts (zrender/lib/contain/text.js). */
const ZRENDER_FONT_CACHE_SIZE = 100;

const loadWeight = (weight: 400 | 700): Font[] =>
  SUBSETS.map((subset) =>
    fontkit.create(readFileSync(join(FONT_DIR, `be-vietnam-pro-${subset}-${weight}-normal.woff`))),
  );
const FONTS = { 400: loadWeight(400), 700: loadWeight(700) } as const;

/** A character's advance in em; a character the font lacks (zrender probes "国") is one em, as a fallback font's. */
function advanceEm(fonts: readonly Font[], codePoint: number): number {
  const font = fonts.find((f) => f.hasGlyphForCodePoint(codePoint));
  return font === undefined ? 1 : font.glyphForCodePoint(codePoint).advanceWidth / font.unitsPerEm;
}

/** The font size in px and whether a CSS font string ("normal bold 16px 'Be Vietnam Pro', …") is bold. */
export function parseFont(font: string | undefined): { sizePx: number; bold: boolean } {
  const size = /(\d+(?:\.\d+)?)px/.exec(font ?? '');
  return { sizePx: size === null ? 12 : Number(size[1]), bold: /\bbold(er)?\b|\b[6-9]00\b/.test(font ?? '') };
}

/** The width of `text` in Be Vietnam Pro at the size and weight of `font`. */
export function measureExportText(text: string, font?: string): number {
  const { sizePx, bold } = parseFont(font);
  const fonts = FONTS[bold ? 700 : 400];
  let em = 0;
  for (const char of text.normalize('NFC')) em += advanceEm(fonts, char.codePointAt(0) ?? 0);
  return em * sizePx;
}

/** Drops zrender's cached measurements (filling its font LRU with throwaway keys), so none outlives a switch. */
function flushZrenderTextCache(): void {
  for (let i = 0; i < ZRENDER_FONT_CACHE_SIZE; i += 1) ensureFontMeasureInfo(`${i + 1}px flush-${i}`);
}

const nodeMeasureText = platformApi.measureText;

/** From now on ECharts measures text with the export font (undo with `useNodeTextMetrics`). */
export function useExportFontMetrics(): void {
  setPlatformAPI({ measureText: (text, font) => ({ width: measureExportText(text, font) }) });
  flushZrenderTextCache();
}

/** Back to ECharts' own Node measurement: test files share a worker (isolate: false). */
export function useNodeTextMetrics(): void {
  setPlatformAPI({ measureText: nodeMeasureText });
  flushZrenderTextCache();
}
