// The least JavaScript a first view can run with the app's stack: React mounts one component that asks
// TanStack Query for two figures and draws them with echarts-for-react, through the app's own ECharts setup
// (src/charts/echarts-setup.ts: the parts the Overview draws). No app code, no text, no engine. The bench's
// build-sizes section builds it (tests/bench/floor-build.ts) and weighs it against the first view's budget.
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { createRoot } from 'react-dom/client';
import { echarts } from '../../../src/charts/echarts-setup.ts';

function TotalTrend() {
  const { data } = useQuery({
    queryKey: ['total'],
    queryFn: () =>
      Promise.resolve([
        [2023, 38.97],
        [2024, 40.54],
      ]),
  });
  return (
    <ReactEChartsCore
      echarts={echarts}
      option={{ xAxis: { type: 'value' }, yAxis: {}, series: [{ type: 'line', data: data ?? [] }] }}
    />
  );
}

const root = document.getElementById('root');
if (root !== null)
  createRoot(root).render(
    <QueryClientProvider client={new QueryClient()}>
      <TotalTrend />
    </QueryClientProvider>,
  );
