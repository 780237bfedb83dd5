import type { ReactNode } from 'react';
import type { CompareEntry } from '../../../charts/province-compare/compare-entries.ts';
import { ScrollRegion } from '../../../components/scroll-region.tsx';
import type { Indicator } from '../../../domain/types.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { CompareProfileRow } from '../../../queries/nation-compare-profiles.ts';
import { indicatorLabel } from '../../shared/indicator-options.ts';
import '../../../components/data-table.css';

interface CompareDifferencesTableProps {
  rows: readonly CompareProfileRow[];
  entries: readonly CompareEntry[];
  indicators: readonly Indicator[];
  year: number;
}

/** The total and each dimension: every entry's score, and the others' difference from the first entry. */
export function CompareDifferencesTable({
  rows,
  entries,
  indicators,
  year,
}: CompareDifferencesTableProps): ReactNode {
  const { t, lang, formatNumber, formatSignedNumber } = useI18n();
  const [reference, ...others] = entries;
  if (reference === undefined) return null;
  const codes = [...new Set(rows.map((row) => row.indicator))];
  const scoreOf = (entry: string, indicator: string) =>
    rows.find((row) => row.entryCode === entry && row.indicator === indicator)?.score;
  const label = (code: string) => {
    const indicator = indicators.find((i) => i.code === code);
    return indicator === undefined ? code : indicatorLabel(indicator, lang);
  };
  return (
    <section className="compare-differences" aria-labelledby="compare-differences-heading">
      <h3 id="compare-differences-heading">
        {t('nation.compare.differences.heading', { year, reference: reference.label })}
      </h3>
      <ScrollRegion label={t('nation.table.scrollLabel')} hint={t('nation.table.scrollHint')}>
        <table className="data-table compare-table" data-testid="compare-differences">
          <caption className="visually-hidden">
            {t('nation.compare.differences.caption', { year, reference: reference.label })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('nation.compare.differences.indicator')}</th>
              {entries.map((entry) => (
                <th key={entry.code} scope="col" className="numeric">
                  {entry.label}
                </th>
              ))}
              {others.map((entry) => (
                <th key={`diff-${entry.code}`} scope="col" className="numeric">
                  {entry.label}: {t('nation.compare.differences.diff', { reference: reference.label })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {codes.map((code) => {
              const base = scoreOf(reference.code, code);
              return (
                <tr key={code}>
                  <th scope="row">{label(code)}</th>
                  {entries.map((entry) => (
                    <td key={entry.code} className="numeric">
                      {formatNumber(scoreOf(entry.code, code))}
                    </td>
                  ))}
                  {others.map((entry) => {
                    const score = scoreOf(entry.code, code);
                    return (
                      <td key={`diff-${entry.code}`} className="numeric">
                        {score === undefined || base === undefined ? '—' : formatSignedNumber(score - base)}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
