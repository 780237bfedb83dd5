import type { ReactNode } from 'react';
import type { ViewProps } from '../view-props.ts';
import './data-view.css';
import { DatasetsTable } from './datasets-table.tsx';
import { ImportPanel } from './import-panel.tsx';
import { RestorePanel } from './restore-panel.tsx';
import { StoredImportsNotice } from './stored-imports-notice.tsx';
import { TemplatesPanel } from './templates-panel.tsx';

/** The Data view: what is loaded, importing files (with their outcome), templates, and the way back to the bundled data. */
export function DataView(_props: ViewProps): ReactNode {
  return (
    <div className="data-view" data-testid="data-view">
      <StoredImportsNotice />
      <ImportPanel />
      <DatasetsTable />
      <TemplatesPanel />
      <RestorePanel />
    </div>
  );
}
