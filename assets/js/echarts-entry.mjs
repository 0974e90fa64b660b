// A custom ECharts build with only what the dashboard draws; it sets window.echarts,
// which charming's WasmRenderer looks up at call time.
import * as echarts from 'echarts/core';
import { BarChart, ScatterChart, SankeyChart, LineChart } from 'echarts/charts';
import {
  GridComponent,
  TooltipComponent,
  LegendComponent,
  TitleComponent,
  MarkAreaComponent,
  MarkLineComponent,
  AriaComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  ScatterChart,
  SankeyChart,
  LineChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  TitleComponent,
  MarkAreaComponent,
  MarkLineComponent,
  AriaComponent,
  CanvasRenderer,
]);

window.echarts = echarts;
