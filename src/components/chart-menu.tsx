// The export menu every chart gets from the wrapper: a menu button whose items export the chart (see
// chart-export-dispatch.ts), then the page's own items (e.g. "Xem truy vấn") after a separator.
import type { ReactNode } from 'react';
import { useState } from 'react';
import type { ChartSpec } from '../charts/chart-spec.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { FailureDetails } from './error-failure-line.tsx';
import { EXPORT_ITEMS, exportItemLabel, loadExportActions, runChartExport } from './chart-export-dispatch.ts';
import { MenuButton } from './menu-button.tsx';
import './chart-menu.css';

/** An item a page adds to a chart's menu (e.g. "Xem truy vấn"). */
export interface ChartMenuItem {
  id: string;
  label: string;
  onSelect: () => void;
}

interface ChartMenuProps<Rows, Settings> {
  spec: ChartSpec<Rows, Settings>;
  screenWidthPx: number;
  extraItems?: readonly ChartMenuItem[] | undefined;
  /** What happened, for the chart's status line (read out by screen readers). */
  onStatus: (text: string) => void;
}

/** Opening the menu starts loading the export code. */
const preloadExportActions = (): void => void loadExportActions();

export function ChartMenu<Rows, Settings>({
  spec,
  screenWidthPx,
  extraItems = [],
  onStatus,
}: ChartMenuProps<Rows, Settings>): ReactNode {
  const i18n = useI18n();
  const { t } = i18n;
  // A failed export's status says why in the UI language; the browser's own text is under details here.
  const [failureDetail, setFailureDetail] = useState<string | null>(null);
  const title = spec.describe(spec.rows, spec.settings, i18n).title;
  const exportItems = EXPORT_ITEMS.map(({ kind, label }) => ({
    id: kind,
    label: exportItemLabel(kind, label, i18n),
    testId: `${spec.id}-export-${kind}`,
    onSelect: () => runChartExport(kind, { spec, i18n, screenWidthPx }, onStatus, setFailureDetail),
  }));
  const pageItems = extraItems.map((item) => ({ ...item, testId: `${spec.id}-extra-${item.id}` }));
  return (
    <>
      <MenuButton
        buttonText={t('export.menu.button')}
        label={t('export.menu.label', { title })}
        buttonTestId={`${spec.id}-menu-button`}
        menuTestId={`${spec.id}-menu`}
        groups={[exportItems, pageItems]}
        onOpen={preloadExportActions}
      />
      {failureDetail === null ? null : (
        <div className="chart-menu-failure" data-testid={`${spec.id}-export-failure-detail`}>
          <FailureDetails detail={failureDetail} />
        </div>
      )}
    </>
  );
}
