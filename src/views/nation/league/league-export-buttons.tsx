import type { ReactNode } from 'react';
import { useState } from 'react';
import { csvDataUrl } from '../../../export/csv-writer.ts';
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

/** Hands bytes to the browser as a download. */
function download(bytes: Uint8Array, fileName: string): void {
  const url = URL.createObjectURL(
    new Blob([bytes.slice()], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The table as shown (filter and order) as CSV (a link) and as .xlsx (built when pressed). */
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
  const now = new Date();
  const settings = {
    year,
    columnLabels: columns.map((column) => ({ code: column.code, label: column.fullLabel })),
    headlineLabel,
    source: t('chart.source'),
    date: now,
  };
  const lines = leagueExportRows(rows, settings, i18n);
  const saveXlsx = async () => {
    setBusy(true);
    try {
      download(
        await leagueXlsxBytes(lines, t('nation.export.sheet')),
        leagueFileName(fileIndicator, year, now, 'xlsx'),
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="league-export">
      <a
        className="button"
        href={csvDataUrl(leagueCsvText(lines, i18n))}
        download={leagueFileName(fileIndicator, year, now, 'csv')}
        data-testid="league-export-csv"
      >
        {t('nation.export.csv')}
      </a>
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
