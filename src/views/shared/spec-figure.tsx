import type { ReactNode } from 'react';
import type { ChartSpec } from '../../charts/chart-spec.ts';
import { Chart } from '../../components/chart.tsx';
import { ChartFigure } from '../../components/chart-figure.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';

/** A chart spec in its page figure: the heading and subtitle come from the spec's own description. */
export function SpecFigure<Rows, Settings>({
  spec,
  source,
}: {
  spec: ChartSpec<Rows, Settings>;
  source: string;
}): ReactNode {
  const i18n = useI18n();
  const description = spec.describe(spec.rows, spec.settings, i18n);
  return (
    <ChartFigure
      id={`${spec.id}-heading`}
      heading={description.title}
      subtitle={description.subtitle}
      source={source}
    >
      <Chart spec={spec} />
    </ChartFigure>
  );
}
