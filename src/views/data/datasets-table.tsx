import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { useDatasets } from '../../queries/datasets.ts';
import { datasetOrigin, sourceLabel } from './dataset-origin.ts';
import { formatLoadedAt } from './format-loaded-at.ts';
import { KeptFilesTable } from './kept-files-table.tsx';
import '../../components/data-table.css';
import '../../components/muted-text.css';

/** The loaded tables (name, rows, source file, loaded at, bundled or imported, sample or real), then the imported files. */
export function DatasetsTable(): ReactNode {
  return (
    <>
      <LoadedTables />
      <KeptFilesTable />
    </>
  );
}

function LoadedTables(): ReactNode {
  const { t, lang, formatNumber } = useI18n();
  const datasets = useDatasets();
  return (
    <section className="panel data-section" aria-labelledby="data-tables-title">
      <h2 id="data-tables-title" className="data-section-title">
        {t('data.tables.title')}
      </h2>
      {datasets.data === undefined ? (
        <p className="muted">{t('data.tables.loading')}</p>
      ) : (
        // Focusable so a keyboard can scroll it sideways on a narrow screen; a group, as the section is the region.
        <div className="data-table-scroll" tabIndex={0} role="group" aria-labelledby="data-tables-title">
          <table className="data-table datasets-table" data-testid="datasets-table">
            <thead>
              <tr>
                <th scope="col">{t('data.col.table')}</th>
                <th scope="col" className="numeric">
                  {t('data.col.rows')}
                </th>
                <th scope="col">{t('data.col.source')}</th>
                <th scope="col">{t('data.col.loadedAt')}</th>
                <th scope="col">{t('data.col.origin')}</th>
                <th scope="col">{t('data.col.kind')}</th>
              </tr>
            </thead>
            <tbody>
              {datasets.data.map((dataset) => (
                <tr key={dataset.name} data-testid="dataset-row" data-table={dataset.name}>
                  <th scope="row">{t(`data.table.${dataset.name}`)}</th>
                  <td className="numeric">{formatNumber(dataset.rowCount, 0)}</td>
                  <td className="dataset-source">{sourceLabel(dataset.source)}</td>
                  <td>{formatLoadedAt(dataset.loadedAt, lang)}</td>
                  <td data-testid="dataset-origin">{t(`data.origin.${datasetOrigin(dataset.source)}`)}</td>
                  <td data-testid="dataset-kind">
                    {dataset.isSample ? (
                      <span className="dataset-sample">{t('data.kind.sample')}</span>
                    ) : (
                      t('data.kind.real')
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
