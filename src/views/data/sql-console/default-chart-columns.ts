// Which columns the console's quick chart plots before the user picks: a measure against what it varies by.
// A numeric key (a year, a code, an id, a rank, a row number) is an axis, never the measure: "SELECT * FROM
// scores" plots score by year, not year by province.

export interface ChartableColumn {
  name: string;
  kind: string;
}

const KEY_NAME = /^(year|nam|năm|period|ky|stt|id|rank|hang|hạng)$|_(code|id|year)$|^(code|ma)_/iu;
const TIME_NAME = /^(year|nam|năm|period|ky|kỳ)$|_(year|period)$/iu;

const isKey = (column: ChartableColumn): boolean => KEY_NAME.test(column.name);

/** The default x (a time column, else the first non-numeric one, else the first) and y (a numeric measure). */
export function defaultChartColumns(columns: readonly ChartableColumn[]): { x: number; y: number | null } {
  const indexed = columns.map((column, index) => ({ column, index }));
  const x =
    indexed.find(({ column }) => TIME_NAME.test(column.name))?.index ??
    indexed.find(({ column }) => column.kind !== 'number')?.index ??
    0;
  const numeric = indexed.filter(({ column, index }) => column.kind === 'number' && index !== x);
  const y =
    numeric.find(({ column }) => !isKey(column))?.index ??
    numeric[0]?.index ??
    indexed.find(({ column }) => column.kind === 'number')?.index ??
    null;
  return { x, y };
}
