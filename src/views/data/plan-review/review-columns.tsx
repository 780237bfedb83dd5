// The review table's columns: each one's header and width (the widths sum to the table's 100rem).
import type { ReactNode } from 'react';
import { useI18n } from '../../../i18n/i18n-context.tsx';

const COLUMNS = [
  { key: 'row', widthRem: 4 },
  { key: 'dimension', widthRem: 5.5 },
  { key: 'subdimension', widthRem: 15 },
  { key: 'task', widthRem: 24 },
  { key: 'executing', widthRem: 13 },
  { key: 'supervising', widthRem: 12 },
  { key: 'timeframe', widthRem: 8.5 },
  { key: 'deadline', widthRem: 6.5 },
  { key: 'check', widthRem: 11.5 },
] as const;

/** The table's colgroup and its header row. */
export function ReviewColumns(): ReactNode {
  const { t } = useI18n();
  return (
    <>
      <colgroup>
        {COLUMNS.map(({ key, widthRem }) => (
          <col key={key} style={{ width: `${String(widthRem)}rem` }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {COLUMNS.map(({ key }) => (
            <th key={key} scope="col">
              {t(`planDocument.col.${key}`)}
            </th>
          ))}
        </tr>
      </thead>
    </>
  );
}
