// The new Lâm Đồng's small multiples (its three predecessors drawn, no line of its own) exported as the menu
// exports them, from the bundled data, in both languages: no text over another, cut or off the figure, and the
// legend names the predecessors, not a "Lâm Đồng" line that is not drawn.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MultiplesRows } from '../../../src/charts/subdimension-multiples/multiples-rows.ts';
import { createMultiplesSpec } from '../../../src/charts/subdimension-multiples/multiples-spec.ts';
import type { Connector } from '../../../src/db/connector.ts';
import { buildExportOption, screenLayoutOf, slideLayoutOf } from '../../../src/export/export-option.ts';
import { createI18n } from '../../../src/i18n/create-i18n.ts';
import { fetchIndicatorChildren } from '../../../src/queries/indicator-children.ts';
import { fetchProvinces } from '../../../src/queries/provinces.ts';
import { predecessorLines } from '../../../src/views/shared/lineage-text.ts';
import { createLoadedConnector } from '../../helpers/data-files.ts';
import { useExportFontMetrics, useNodeTextMetrics } from '../export-font-metrics.ts';
import { renderToSvg, svgTexts } from '../render-svg.ts';
import { findTextLayoutProblems, svgTextBoxes } from '../svg-text-boxes.ts';

const LOCALES = { vi: createI18n('vi'), en: createI18n('en') } as const;
let conn: Connector;

beforeAll(async () => {
  useExportFontMetrics();
  conn = await createLoadedConnector();
});
afterAll(async () => {
  useNodeTextMetrics();
  await conn.close();
});

/** The total's parts for the new Lâm Đồng (code 68), with each predecessor's own parts. */
async function lamDongParts(lang: keyof typeof LOCALES): Promise<MultiplesRows> {
  const points = await fetchIndicatorChildren(conn, '68', 'total');
  const lines = predecessorLines(await fetchProvinces(conn), '68', LOCALES[lang]);
  return {
    years: [...new Set(points.map((p) => p.year))].sort((a, b) => a - b),
    parts: [...new Set(points.map((p) => p.indicator))].map((code) => ({ code, label: `Chỉ số ${code}` })),
    points,
    predecessors: await Promise.all(
      lines.map(async (line) => ({
        ...line,
        points: await fetchIndicatorChildren(conn, line.code, 'total'),
      })),
    ),
  };
}

for (const lang of ['vi', 'en'] as const) {
  describe(`the new Lâm Đồng's small multiples, exported (${lang})`, () => {
    it('lay out every text clear of the others and of the edges, on the slide and the phone figure', async () => {
      const i18n = LOCALES[lang];
      const rows = await lamDongParts(lang);
      expect(rows.points.every((p) => p.score === null)).toBe(true);
      const spec = createMultiplesSpec(rows, { provinceName: 'Lâm Đồng', parentLabel: 'Tổng hợp' });
      for (const layout of [slideLayoutOf(spec, i18n), screenLayoutOf(spec, 390, i18n)]) {
        const svg = renderToSvg(
          buildExportOption(spec, layout, 'Xuất ngày 03/12/2026', i18n),
          layout.widthPx,
          layout.heightPx,
        );
        expect(findTextLayoutProblems(svgTextBoxes(svg), layout.widthPx, layout.heightPx)).toEqual([]);
        const texts = svgTexts(svg);
        for (const line of rows.predecessors ?? []) expect(texts).toContain(line.name);
        expect(texts).not.toContain('Lâm Đồng');
      }
    });
  });
}
