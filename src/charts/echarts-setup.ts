// Tree-shaken ECharts: the core with the parts the Overview draws (its trend and gap charts), so the first view
// loads no more. Other charts' parts load with them (echarts-more-parts.ts, through needsMoreParts), and the
// exports add the SVG renderer (echarts-export-setup.ts).
import { BarChart, LineChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import type { EChartsCoreOption } from 'echarts/core';
import { LabelLayout } from 'echarts/features';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  LineChart,
  BarChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  // Exports draw the frame's texts as titles; on screen the option carries an empty title list.
  TitleComponent,
  MarkLineComponent,
  MarkAreaComponent,
  // A new province's trend and the scatters: point labels move apart instead of overlapping.
  LabelLayout,
  CanvasRenderer,
]);

/** The series types the parts above draw: any other type needs echarts-more-parts.ts first. */
const BASE_SERIES_TYPES: ReadonlySet<string> = new Set(['line', 'bar']);

/** Whether `option` draws something the core above cannot: another series type, or a visual map (the heatmap's). */
export function needsMoreParts(option: EChartsCoreOption): boolean {
  if (option.visualMap !== undefined) return true;
  const series: unknown[] = Array.isArray(option.series) ? option.series : [option.series];
  return series.some((entry) => {
    const type = (entry as { type?: unknown } | undefined)?.type;
    return typeof type === 'string' && !BASE_SERIES_TYPES.has(type);
  });
}

/** The ECharts core with the Overview's parts registered. */
export { echarts };
