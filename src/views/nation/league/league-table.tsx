import type { ReactNode } from 'react';
import { memo } from 'react';
import { ScrollRegion } from '../../../components/scroll-region.tsx';
import type { I18n } from '../../../i18n/create-i18n.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { NationSort, NationSortKey } from '../../../state/view-params/nation-params.ts';
import { rankChangeOf, type LeagueCell, type LeagueRow } from './league-rows.ts';
import { SortHeader } from '../../shared/sort-header.tsx';
import { useValueAfterPaint } from '../../shared/use-value-after-paint.ts';
import { sameSortKey } from './league-sort-header.tsx';
import '../../../components/data-table.css';
import '../../../components/link-button.css';

/** A score column: its indicator, a short label and its name under it. */
export interface LeagueColumn {
  code: string;
  label: string;
  detail?: string;
  /** The full label for tooltips and files ("2. Công khai…"). */
  fullLabel: string;
}

interface LeagueTableProps {
  rows: readonly LeagueRow[];
  columns: readonly LeagueColumn[];
  year: number;
  headlineLabel: string;
  caption: string;
  sort: NationSort;
  onSort: (column: NationSortKey) => void;
  selectedCode: string;
  onSelect: (code: string) => void;
}

/** The league table: sortable headers, cells coloured by group (word in the title), the selected row marked. */
export function LeagueTable(props: LeagueTableProps): ReactNode {
  const { t } = useI18n();
  const { rows, columns, year, sort, onSort } = props;
  // The cells' group words (for screen readers; hidden, absolutely positioned) cost the browser as much layout
  // and paint as the rest of the table: after a switch, a sort or a filter they follow one frame after the
  // scores and colours the eye reads, so the new table shows sooner.
  const groupWords = useValueAfterPaint(rows) === rows;
  return (
    <ScrollRegion
      label={t('nation.table.scrollLabel')}
      hint={t('nation.table.scrollHint')}
      testId="league-scroll"
    >
      <table className="data-table league-table" data-testid="league-table">
        <caption className="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            <SortHeader
              sameKey={sameSortKey}
              column="rank"
              sort={sort}
              onSort={onSort}
              label={t('nation.col.rank')}
              numeric
              testId="sort-rank"
            />
            <SortHeader
              sameKey={sameSortKey}
              column="name"
              sort={sort}
              onSort={onSort}
              label={t('nation.col.province')}
              testId="sort-name"
            />
            {columns.map((column) => (
              <SortHeader
                sameKey={sameSortKey}
                key={column.code}
                column={{ indicator: column.code }}
                sort={sort}
                onSort={onSort}
                label={column.label}
                {...(column.detail === undefined ? {} : { detail: column.detail })}
                numeric
                testId={`sort-i${column.code}`}
              />
            ))}
            <SortHeader
              sameKey={sameSortKey}
              column="change"
              sort={sort}
              onSort={onSort}
              label={t('nation.col.change', { year: year - 1 })}
              numeric
              testId="sort-change"
            />
            <SortHeader
              sameKey={sameSortKey}
              column="rankChange"
              sort={sort}
              onSort={onSort}
              label={t('nation.col.rankChange')}
              numeric
              testId="sort-rankChange"
            />
          </tr>
        </thead>
        <tbody>
          {/* Keyed by place, not by province: an indicator or year switch re-sorts the provinces, and moving every
              row's element re-created its layout; rewriting the rows in place is cheaper (focus is never in a row
              when the order changes: on the picker, or on a header after a sort). */}
          {rows.map((row, place) => (
            <LeagueTableRow
              key={place}
              row={row}
              columns={columns}
              year={year}
              headlineLabel={props.headlineLabel}
              groupWords={groupWords}
              selected={row.provinceCode === props.selectedCode}
              onSelect={props.onSelect}
            />
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

interface LeagueTableRowProps {
  row: LeagueRow;
  columns: readonly LeagueColumn[];
  year: number;
  headlineLabel: string;
  /** Whether the score cells carry their group's word for screen readers (see LeagueTable). */
  groupWords: boolean;
  selected: boolean;
  /** Keep it stable (the section passes one for its life), or every row redraws on each render. */
  onSelect: (code: string) => void;
}

/**
 * One province's row; memoised, so a sort, a filter or a new selection redraws only the rows whose content
 * changed (an indicator or year switch brings new rows and redraws them all). Its cells are plain elements
 * built by functions, not components: a switch redraws some 800 cells, and a component per cell doubled the
 * work React does for them.
 */
const LeagueTableRow = memo(function LeagueTableRow({
  row,
  columns,
  year,
  headlineLabel,
  groupWords,
  selected,
  onSelect,
}: LeagueTableRowProps): ReactNode {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const name = lang === 'vi' ? row.nameVi : row.nameEn;
  return (
    <tr
      className={selected ? 'league-row is-selected' : 'league-row'}
      data-testid="league-row"
      data-code={row.provinceCode}
    >
      <td className="numeric" data-testid="league-rank">
        {row.headline?.rank ?? '—'}
      </td>
      <th scope="row" className="league-province">
        <button
          type="button"
          className="link-button league-select"
          aria-current={selected ? 'true' : undefined}
          aria-label={selected ? undefined : t('nation.select.label', { province: name })}
          onClick={() => onSelect(row.provinceCode)}
        >
          {name}
        </button>
        {selected ? <span className="league-selected-tag">{t('nation.select.current')}</span> : null}
      </th>
      {row.unscored !== null ? (
        <td colSpan={columns.length + 2} className="league-unscored" data-testid="league-unscored">
          {row.unscored === 'noScores'
            ? t('nation.unscored.noScores', { year })
            : t('nation.unscored.partial', { year, indicator: headlineLabel })}
        </td>
      ) : (
        <>
          {/* Keyed by place, not by indicator: a switch to another indicator's columns then rewrites the cells
              already on the page instead of removing every one and creating new ones. */}
          {columns.map((column, place) =>
            scoreCell(row.cells.get(column.code), column, place, groupWords, i18n),
          )}
          <td className="numeric">{changeText(row.headline, i18n)}</td>
          <td className="numeric">{rankChangeText(row.headline, i18n)}</td>
        </>
      )}
    </tr>
  );
});

/** A score coloured by its group in the column, the group's word in the title and (with `groupWord`) for screen readers. */
function scoreCell(
  cell: LeagueCell | undefined,
  column: LeagueColumn,
  key: number,
  groupWord: boolean,
  i18n: I18n,
): ReactNode {
  if (cell === undefined)
    return (
      <td key={key} className="numeric league-cell">
        —
      </td>
    );
  const { t, formatNumber } = i18n;
  const group = t(`group.${cell.group}`);
  const score = formatNumber(cell.score);
  const title = t('nation.cell.title', {
    indicator: column.fullLabel,
    score,
    rank: cell.rank,
    count: cell.scoredCount,
    group,
  });
  return (
    <td key={key} className={`numeric league-cell group-${cell.group}`} title={title} data-group={cell.group}>
      {score}
      {groupWord ? <span className="visually-hidden">, {group}</span> : null}
    </td>
  );
}

/** The change on the year before, "không so sánh được" where the series breaks, "—" without a score then. */
function changeText(cell: LeagueCell | null, { t, formatSignedNumber }: I18n): ReactNode {
  if (cell === null) return '—';
  if (cell.change !== null) return formatSignedNumber(cell.change);
  if (cell.hasPrevious) return <span className="league-muted">{t('nation.change.notComparable')}</span>;
  return <span title={t('nation.change.noPrevious')}>—</span>;
}

/** Places climbed (▲) or lost (▼) since the year before, where the two years compare. */
function rankChangeText(cell: LeagueCell | null, { t }: I18n): ReactNode {
  const change = rankChangeOf(cell);
  if (cell === null) return '—';
  if (change === null) {
    return cell.hasPrevious ? <span className="league-muted">{t('nation.change.notComparable')}</span> : '—';
  }
  const words =
    change > 0
      ? t('nation.rankChange.up', { places: change })
      : change < 0
        ? t('nation.rankChange.down', { places: -change })
        : t('nation.rankChange.same');
  const mark = change > 0 ? `▲ ${change}` : change < 0 ? `▼ ${-change}` : '=';
  return (
    <span title={words}>
      <span aria-hidden="true">{mark}</span>
      <span className="visually-hidden">{words}</span>
    </span>
  );
}
