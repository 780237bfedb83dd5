// What a figure hands the chart wrapper: data and settings plus pure functions, never a closure over React state,
// so an export can re-render any chart off-screen (e.g. 1920x1080, caption 'embedded') from the same spec.
import type { EChartsCoreOption } from 'echarts/core';
import type { I18n } from '../i18n/create-i18n.ts';
import type { ChartCaption } from './chart-frame.ts';

/** How one rendering of a chart is laid out: its width and whether it draws its own frame texts. */
export interface ChartRenderSettings {
  widthPx: number;
  caption: ChartCaption;
  /** Exports: a line appended to the source ("Xuất ngày 27/11/2026"); builders pass it on to the frame. */
  stamp?: string | undefined;
  /** Exports: the font family of the frame and every text (the self-hosted export font). */
  fontFamily?: string | undefined;
}

/**
 * What an exported file's name says besides which chart it is (see src/export/file-name.ts): every spec states
 * it, nothing is guessed from its settings or title; '' leaves a part out.
 */
export interface ChartExportName {
  /** e.g. "Đắk Nông". */
  province: string;
  /** e.g. "2. Công khai, minh bạch…" (named by its code: "chi-so-2"), "tong-hop" or "474/KH-UBND". */
  indicator: string;
  /** e.g. "2011-2024". */
  years: string;
}

/** A chart's data as a table: the accessible alternative to the canvas (and a later CSV export). */
export interface ChartTable {
  caption: string;
  /** Column headers; the first one heads the row-header column. */
  columns: readonly string[];
  /** One row per category, top to bottom as the chart draws them; `header` is the row's label. */
  rows: readonly { header: string; cells: readonly string[] }[];
}

/** What a chart shows, in words: its title, the subtitle the page prints, and a one-line summary. */
export interface ChartDescription {
  title: string;
  subtitle: string;
  /** e.g. "năm 2024: 40,54": with the title, the chart's accessible name. */
  summary: string;
}

/** The SQL behind a chart's rows, as the `sql` tag builds it (text with `?` and the bound values). */
export interface ChartQuery {
  readonly text: string;
  readonly params: readonly (string | number | boolean | null)[];
}

/** A chart: its rows and settings and the pure functions that turn them into an option, a table and words. */
export interface ChartSpec<Rows, Settings> {
  /** Stable id: the test id of the chart and, later, the stem of exported file names. */
  id: string;
  rows: Rows;
  settings: Settings;
  build: (rows: Rows, settings: Settings & ChartRenderSettings, i18n: I18n) => EChartsCoreOption;
  toTable: (rows: Rows, settings: Settings, i18n: I18n) => ChartTable;
  describe: (rows: Rows, settings: Settings, i18n: I18n) => ChartDescription;
  /**
   * True when the drawn marks (not only the tooltips) show task progress: such a figure carries the bold
   * sample-data note while the progress is sample data (see withSampleNote), every other figure never does.
   */
  drawsProgress: boolean;
  /** Height on screen, fixed or a function of the width (taller on a phone). */
  heightPx: number | ((widthPx: number) => number);
  /**
   * The narrowest width the figure can be drawn at without its texts running into each other (a table of many
   * columns); a narrower screen draws it at this width and scrolls it sideways. Absent: any width.
   */
  minWidthPx?: number;
  /** What exported file names say (province, indicator, years), stated by each spec. */
  exportName: ChartExportName;
  /** The main query behind `rows`, offered as "Xem truy vấn" in the chart's menu; absent when there is none. */
  query?: ChartQuery;
  /**
   * How a redraw on screen updates the drawn chart. Absent: the new option replaces the drawn one whole
   * (ECharts' notMerge), which rebuilds every component, the tooltip's HTML element too (creating it forces a
   * page layout). A figure redrawn on every switch (the Nationwide maps) lists instead the component types it
   * replaces by id (ECharts' replaceMerge): a component whose id is drawn already is updated in place, one the
   * new option lacks is removed; the types not listed (the tooltip) are merged and keep their element. Such a
   * figure gives every listed component an id that changes whenever its set of settings does (the legend's
   * per colouring), so nothing stale survives a switch. Exports always draw from scratch.
   */
  replaceMerge?: readonly string[];
}

/**
 * The replaceMerge of a figure redrawn on every switch whose tooltip is its only lasting part (the Dimensions
 * trend and parts, whose options hold no other component types): every other type is replaced, and the tooltip
 * is merged and keeps its HTML element, whose re-creation forced a page layout on each switch. A series whose id
 * is drawn already is merged into the drawn one, so a figure may use this only when each series' id fixes what a
 * merge would keep (a mark line, a colour left to the palette): tests/charts/indicator-trend/trend-redraw.test.ts
 * and tests/charts/subdimension-multiples/multiples-redraw.test.ts check it.
 */
export const REPLACE_ALL_BUT_TOOLTIP = ['series', 'legend', 'title', 'grid', 'xAxis', 'yAxis'] as const;

/** The width `spec` is drawn at in `availablePx`: that width, or its minimum when the room is narrower. */
export function drawnWidthPx(
  spec: Pick<ChartSpec<unknown, unknown>, 'minWidthPx'>,
  availablePx: number,
): number {
  return Math.max(availablePx, spec.minWidthPx ?? 0);
}

/** The option for one rendering of `spec`. */
export function buildSpecOption<Rows, Settings>(
  spec: Pick<ChartSpec<Rows, Settings>, 'build' | 'rows' | 'settings'>,
  render: ChartRenderSettings,
  i18n: I18n,
): EChartsCoreOption {
  return spec.build(spec.rows, { ...spec.settings, ...render }, i18n);
}

/** The chart's accessible name: title and summary in one sentence. */
export function describeForScreenReaders(description: ChartDescription): string {
  return description.summary === '' ? description.title : `${description.title}; ${description.summary}`;
}
