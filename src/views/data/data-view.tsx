import type { ReactNode } from 'react';
import { useRef } from 'react';
import { useWritesPrepared } from '../../queries/use-writes-prepared.ts';
import type { ViewProps } from '../view-props.ts';
import './data-view.css';
import { BackupPanel } from './backup-panel.tsx';
import { DatasetsTable } from './datasets-table.tsx';
import { ImportPanel } from './import-panel.tsx';
import { PlanDocumentPanel, type PlanDocumentHandle } from './plan-review/plan-document-panel.tsx';
import { RestorePanel } from './restore-panel.tsx';
import { LazySqlConsole } from './sql-console/lazy-sql-console.tsx';
import { StoredImportsNotice } from './stored-imports-notice.tsx';
import { TemplatesPanel } from './templates-panel.tsx';

/** The Data view: what is loaded, importing files (with their outcome), templates, and the way back to the bundled data. */
export function DataView(_props: ViewProps): ReactNode {
  // A .docx dropped on the import panel is a plan document: it goes to the plan review instead.
  const planPanel = useRef<PlanDocumentHandle>(null);
  useWritesPrepared();
  return (
    <div className="data-view" data-testid="data-view">
      <StoredImportsNotice />
      <ImportPanel onPlanDocument={(file) => planPanel.current?.readFile(file)} />
      <PlanDocumentPanel ref={planPanel} />
      <DatasetsTable />
      <TemplatesPanel />
      <BackupPanel provinceName={_props.provinceName} />
      <RestorePanel />
      <LazySqlConsole provinceCode={_props.provinceCode} provinceName={_props.provinceName} />
    </div>
  );
}
