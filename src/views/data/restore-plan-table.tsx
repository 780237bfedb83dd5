// What a restore replaces, per kind: how many records are kept now and how many the backup holds.
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { RestorePlan } from '../../storage/backup/plan-restore.ts';
import '../../components/data-table.css';

export function RestorePlanTable({ plan }: { readonly plan: RestorePlan }): ReactNode {
  const { t, formatNumber } = useI18n();
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="backup-plan">
        <caption className="visually-hidden">{t('backup.restore.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('backup.restore.column.kind')}</th>
            <th scope="col" className="numeric">
              {t('backup.restore.column.now')}
            </th>
            <th scope="col" className="numeric">
              {t('backup.restore.column.incoming')}
            </th>
          </tr>
        </thead>
        <tbody>
          {plan.rows.map((row) => (
            <tr key={row.kind} data-kind={row.kind}>
              <th scope="row">{t(`backup.kind.${row.kind}`)}</th>
              <td className="numeric">{formatNumber(row.now, 0)}</td>
              <td className="numeric">{formatNumber(row.incoming, 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
