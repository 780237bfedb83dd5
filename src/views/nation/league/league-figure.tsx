import type { ReactNode, SyntheticEvent } from 'react';
import { useMemo, useState } from 'react';
import { createLeagueFigureSpec } from '../../../charts/league-table/league-figure-spec.ts';
import { Chart } from '../../../components/chart.tsx';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { toLeagueFigureRows } from './league-figure-rows-of.ts';
import type { LeagueRow } from './league-rows.ts';
import type { LeagueColumn } from './league-table.tsx';
import './league-figure.css';

interface LeagueFigureProps {
  rows: readonly LeagueRow[];
  columns: readonly LeagueColumn[];
  year: number;
  headlineLabel: string;
  subtitle: string;
  selectedCode: string;
}

/**
 * The league table as a finished figure for slides, behind a disclosure: drawn (and its export menu offered:
 * slide PNG 1920×1080, PNG, SVG, CSV, the briefing deck) only once opened, so the page does not draw the
 * table twice.
 */
export function LeagueFigure({
  rows,
  columns,
  year,
  headlineLabel,
  subtitle,
  selectedCode,
}: LeagueFigureProps): ReactNode {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const source = t('chart.source');
  const spec = useMemo(
    () =>
      open
        ? createLeagueFigureSpec(toLeagueFigureRows(rows, columns, year, headlineLabel), {
            selectedCode,
            subtitle,
            source,
          })
        : null,
    [open, rows, columns, year, headlineLabel, selectedCode, subtitle, source],
  );
  const onToggle = (event: SyntheticEvent<HTMLDetailsElement>) => setOpen(event.currentTarget.open);
  return (
    <details className="league-figure" onToggle={onToggle} data-testid="league-figure">
      <summary>{t('nation.figure.show')}</summary>
      {spec === null ? null : <Chart spec={spec} />}
    </details>
  );
}
