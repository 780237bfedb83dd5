// The exports render any chart of any view (a briefing deck holds several), as PNG or as SVG text: every
// part, plus the SVG renderer, which the screen never uses.
import { SVGRenderer } from 'echarts/renderers';
import { echarts } from './echarts-more-parts.ts';

echarts.use([SVGRenderer]);

/** The ECharts core with every chart part and both renderers. */
export { echarts };
