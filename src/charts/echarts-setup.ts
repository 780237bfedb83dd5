// Tree-shaken ECharts: only the charts, components and renderers the app uses (~190 KB gzip instead of ~370).
import { BarChart, HeatmapChart, LineChart, ScatterChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapContinuousComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { LabelLayout } from 'echarts/features';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

echarts.use([
  LineChart,
  ScatterChart,
  BarChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  TitleComponent,
  MarkLineComponent,
  MarkAreaComponent,
  // Dimensions view: heatmap of dimensions by year with its colour legend.
  HeatmapChart,
  VisualMapContinuousComponent,
  // Scores vs tasks: the scatter's point labels move apart instead of overlapping.
  LabelLayout,
  CanvasRenderer,
  SVGRenderer,
]);

/** The ECharts core with everything the app's options need registered. */
export { echarts };
