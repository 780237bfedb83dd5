// A quick chart of the result: pick a column for the horizontal axis, a numeric one for the vertical
// axis, line or bar; drawn by the app's one chart wrapper from a ChartSpec.

import type { ReactNode } from 'react';
import { useId, useState } from 'react';
import { Chart } from '../../../components/chart.tsx';
import type { ConsoleResult } from '../../../console/console-query.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { defaultChartColumns } from './default-chart-columns.ts';
import { createResultChartSpec, resultChartPoints, type ResultChartSettings } from './result-chart-spec.ts';

export function ResultChart({ result }: { result: ConsoleResult }): ReactNode {
  const i18n = useI18n();
  const { t } = i18n;
  const id = useId();
  const numeric = result.columns.flatMap((column, index) => (column.kind === 'number' ? [index] : []));
  const defaults = defaultChartColumns(result.columns);
  const [xChoice, setXIndex] = useState<number | null>(null);
  const [yChoice, setYChoice] = useState<number | null>(null);
  const [kind, setKind] = useState<ResultChartSettings['kind']>('line');
  const xIndex = xChoice ?? defaults.x;
  const yIndex =
    yChoice ??
    (xChoice === null ? defaults.y : (numeric.find((index) => index !== xIndex) ?? numeric[0] ?? null));

  // Memoised by React Compiler: the spec changes only with the result, the columns and the kind.
  const spec =
    yIndex === null
      ? null
      : createResultChartSpec(resultChartPoints(result.rows, xIndex, yIndex, i18n.locale), {
          kind,
          xName: result.columns[xIndex]?.name ?? '',
          yName: result.columns[yIndex]?.name ?? '',
        });

  return (
    <section className="sql-console-chart" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('console.chartTitle')}</h3>
      {spec === null ? (
        <p>{t('console.chartNeedsNumber')}</p>
      ) : (
        <>
          <div className="sql-console-chart-controls">
            <label>
              {t('console.chartX')}{' '}
              <select
                value={xIndex}
                data-testid="sql-console-chart-x"
                onChange={(event) => setXIndex(Number(event.target.value))}
              >
                {result.columns.map((column, index) => (
                  <option key={index} value={index}>
                    {column.name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('console.chartY')}{' '}
              <select
                value={yIndex ?? ''}
                data-testid="sql-console-chart-y"
                onChange={(event) => setYChoice(Number(event.target.value))}
              >
                {numeric.map((index) => (
                  <option key={index} value={index}>
                    {result.columns[index]?.name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('console.chartType')}{' '}
              <select
                value={kind}
                data-testid="sql-console-chart-kind"
                onChange={(event) => setKind(event.target.value === 'bar' ? 'bar' : 'line')}
              >
                <option value="line">{t('console.chartLine')}</option>
                <option value="bar">{t('console.chartBar')}</option>
              </select>
            </label>
          </div>
          <Chart spec={spec} />
        </>
      )}
    </section>
  );
}
