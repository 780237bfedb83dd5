// The ECharts parts beyond the Overview's (echarts-setup.ts): scatters (tile map, league table, strips,
// completion scatter) and the Dimensions view's heatmap with its colour legend. Loaded with the first chart
// that needs them, or statically by the exports.
import { HeatmapChart, ScatterChart } from 'echarts/charts';
import { VisualMapContinuousComponent } from 'echarts/components';
import { echarts } from './echarts-setup.ts';

echarts.use([ScatterChart, HeatmapChart, VisualMapContinuousComponent]);

/** The ECharts core with every part the app's charts draw. */
export { echarts };
