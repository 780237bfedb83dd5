import type { ReactNode } from 'react';
import { useMemo } from 'react';
import { ChartFigure } from '../../../components/chart-figure.tsx';
import { ErrorPanel } from '../../../components/error-panel.tsx';
import { LoadingIndicator } from '../../../components/loading-indicator.tsx';
import type { Indicator } from '../../../domain/types.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useNationLeagueTable } from '../../../queries/nation-league-table.ts';
import type { NationParams, NationSortKey } from '../../../state/view-params/nation-params.ts';
import { indicatorName } from '../../shared/indicator-names.ts';
import { indicatorLabel, partsParentOf } from '../../shared/indicator-options.ts';
import { regionLabel } from '../../shared/region-label.ts';
import type { UpdateNationParams } from '../use-nation-selection.ts';
import { useLastAnswer } from '../use-last-answer.ts';
import { useStableCallback } from '../use-stable-callback.ts';
import { LeagueExportButtons } from './league-export-buttons.tsx';
import { LeagueFigure } from './league-figure.tsx';
import { LeagueLegend } from './league-legend.tsx';
import { buildLeagueTable, filterLeagueRows } from './league-rows.ts';
import { sortKeyId } from './league-sort-header.tsx';
import { LeagueTable, type LeagueColumn } from './league-table.tsx';
import { sortLeagueRows } from './sort-league-rows.ts';

interface LeagueSectionProps {
  year: number;
  params: NationParams;
  update: UpdateNationParams;
  indicators: readonly Indicator[];
  selectedCode: string;
  onSelect: (code: string) => void;
}

/** Numbers sort best first on the first press; the province's name A to Z. */
const firstDirection = (key: NationSortKey) =>
  key === 'rank' || key === 'name' ? 'ascending' : 'descending';

/** The league table of one year and indicator: its heading, legend, export buttons and the table. */
export function LeagueSection({
  year,
  params,
  update,
  indicators,
  selectedCode,
  onSelect,
}: LeagueSectionProps): ReactNode {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const root = partsParentOf(indicators.find((i) => i.code === params.indicator));
  const league = useNationLeagueTable(year, root);
  // Until a new year's or root's answer comes, the last table stays, with its own year and indicator
  // (use-last-answer.ts); region, sort and language apply to it at once.
  const answer = useLastAnswer({ year, indicator: params.indicator }, league.data);
  const shownYear = answer?.inputs.year ?? year;
  const shownIndicator = answer?.inputs.indicator ?? params.indicator;
  const headline = indicators.find((i) => i.code === shownIndicator);
  // Memoised so that a change elsewhere (the map's colouring, the compared provinces) keeps the rows, and the
  // table's memoised rows (LeagueTableRow) redraw only where their row or selection changed.
  const table = useMemo(
    () =>
      answer === null
        ? null
        : buildLeagueTable(answer.data, partsParentOf(headline), answer.inputs.indicator),
    [answer, headline],
  );
  const shown = useMemo(
    () =>
      table === null ? [] : sortLeagueRows(filterLeagueRows(table.rows, params.region), params.sort, lang),
    [table, params.region, params.sort, lang],
  );
  const columns = useMemo(
    () =>
      (table?.columns ?? []).map((code): LeagueColumn => {
        const indicator = indicators.find((i) => i.code === code);
        const name = indicator === undefined ? code : indicatorName(indicator, lang);
        return indicator?.level === 'total'
          ? { code, label: name, fullLabel: name }
          : {
              code,
              label: code,
              detail: name,
              fullLabel: indicator === undefined ? code : indicatorLabel(indicator, lang),
            };
      }),
    [table, indicators, lang],
  );
  const select = useStableCallback(onSelect);
  if (league.error !== null) return <ErrorPanel error={league.error} onRetry={() => void league.refetch()} />;
  if (table === null) return <LoadingIndicator label={t('status.loading')} />;

  const headlineLabel = headline === undefined ? shownIndicator : indicatorLabel(headline, lang);
  const scoredCount = table.rows.filter((row) => row.unscored === null).length;
  const shownScored = shown.filter((row) => row.unscored === null).length;
  const subtitle =
    params.region === null
      ? t('nation.table.subtitle', { count: scoredCount })
      : t('nation.table.subtitleRegion', {
          region: regionLabel(t, params.region),
          shown: shownScored,
          count: scoredCount,
        });
  const onSort = (key: NationSortKey) => {
    const same = sortKeyId(key) === sortKeyId(params.sort.key);
    const direction = same
      ? params.sort.direction === 'ascending'
        ? 'descending'
        : 'ascending'
      : firstDirection(key);
    update({ sort: { key, direction } }, 'replace');
  };
  const fileIndicator = shownIndicator === 'total' ? 'tong-hop' : `chi-so-${shownIndicator}`;
  return (
    <ChartFigure
      id="league-heading"
      heading={t('nation.table.heading', { year: shownYear, indicator: headlineLabel })}
      subtitle={subtitle}
      source={t('chart.source')}
    >
      <div className="league-toolbar">
        <LeagueLegend />
        <LeagueExportButtons
          rows={shown}
          year={shownYear}
          columns={columns}
          headlineLabel={headlineLabel}
          fileIndicator={fileIndicator}
        />
      </div>
      <LeagueTable
        rows={shown}
        columns={columns}
        year={shownYear}
        headlineLabel={headlineLabel}
        caption={t('nation.table.caption', { year: shownYear, indicator: headlineLabel })}
        sort={params.sort}
        onSort={onSort}
        selectedCode={selectedCode}
        onSelect={select}
      />
      <LeagueFigure
        rows={shown}
        columns={columns}
        year={shownYear}
        headlineLabel={headlineLabel}
        subtitle={subtitle}
        selectedCode={selectedCode}
      />
    </ChartFigure>
  );
}
