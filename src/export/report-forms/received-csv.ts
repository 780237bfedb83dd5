// The received panel's units table as CSV (the one CSV writer): unit, tasks reported, tasks, first report
// date, state in the UI language; the period and due date head the file so it stands on its own.

import type { ReceivedSummary } from '../../domain/report-received.ts';
import type { Translate } from '../../i18n/translate.ts';
import { COMMA_CSV_STYLE, csvText, type CsvValue } from '../csv-writer.ts';
import { slugify } from '../file-name.ts';

/** The CSV text of the units, in the order given. */
export function buildReceivedCsv(
  summary: Pick<ReceivedSummary, 'units'>,
  heading: string,
  dueLine: string,
  t: Translate,
): string {
  const rows: CsvValue[][] = [
    [heading],
    [dueLine],
    [],
    [
      t('received.column.unit'),
      t('received.column.reported'),
      t('received.column.tasks'),
      t('received.column.date'),
      t('received.column.state'),
    ],
    ...summary.units.map((unit) => [
      unit.unit,
      unit.reportedTasks,
      unit.tasks,
      unit.firstReportedOn,
      t(`received.state.${unit.state}`),
    ]),
  ];
  return csvText(rows, COMMA_CSV_STYLE);
}

/** 'bao-cao-da-nhan_474-kh-ubnd_2025-q3.csv' */
export const receivedCsvFileName = (plan: string, period: string): string =>
  `bao-cao-da-nhan_${slugify(plan)}_${slugify(period)}.csv`;
