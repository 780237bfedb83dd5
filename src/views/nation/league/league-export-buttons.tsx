import type { ReactNode } from 'react';
import { useState } from 'react';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { leagueCsvText, leagueExportRows, leagueFileName, leagueXlsxBytes } from './league-export.ts';
import type { LeagueRow } from './league-rows.ts';
import type { LeagueColumn } from './league-table.tsx';
import '../../../components/link-button.css';

interface LeagueExportButtonsProps {
  rows: readonly LeagueRow[];
  year: number;
  columns: readonly LeagueColumn[];
  headlineLabel: string;
  /** The indicator as file names say it ("tong-hop", "chi-so-2"). */
  fileIndicator: string;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Hands a file to the browser as a download. */
function download(content: Uint8Array | string, type: string, fileName: string): void {
  const url = URL.createObjectURL(
    new Blob([typeof content === 'string' ? content : content.slice()], { type }),
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The table as shown (filter and order) as CSV or .xlsx, each file built only when its button is pressed. */
export function LeagueExportButtons({
  rows,
  year,
  columns,
  headlineLabel,
  fileIndicator,
}: LeagueExportButtonsProps): ReactNode {
  const i18n = useI18n();
  const { t } = i18n;
  const [busy, setBusy] = useState(false);
  const lines = (date: Date) =>
    leagueExportRows(
      rows,
      {
        year,
        columnLabels: columns.map((column) => ({ code: column.code, label: column.fullLabel })),
        headlineLabel,
        source: t('chart.source'),
        date,
      },
      i18n,
    );
  const saveCsv = () => {
    const now = new Date();
    download(
      leagueCsvText(lines(now), i18n),
      'text/csv;charset=utf-8',
      leagueFileName(fileIndicator, year, now, 'csv'),
    );
  };
  const saveXlsx = async () => {
    setBusy(true);
    try {
      const now = new Date();
      const bytes = await leagueXlsxBytes(lines(now), t('nation.export.sheet'));
      download(bytes, XLSX_TYPE, leagueFileName(fileIndicator, year, now, 'xlsx'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="league-export">
      <button type="button" className="button" onClick={saveCsv} data-testid="league-export-csv">
        {t('nation.export.csv')}
      </button>
      <button
        type="button"
        className="button"
        disabled={busy}
        onClick={() => void saveXlsx()}
        data-testid="league-export-xlsx"
      >
        {t('nation.export.xlsx')}
      </button>
    </div>
  );
}
