import { use } from 'echarts/core';
import { BarChart, LineChart, MapChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

// The one place that decides which parts of ECharts are bundled. Add a chart or component here when a
// chart needs it; everything else stays out of the bundle.
use([
  BarChart,
  LineChart,
  MapChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  VisualMapComponent,
  TitleComponent,
  CanvasRenderer,
  SVGRenderer,
]);
