// A sub-dimension's survey indicators (from an imported official workbook) for the chosen province and
// year against the national median, or one muted line saying none are loaded and where they come from.
import type { ReactNode } from 'react';
import type { Indicator } from '../../domain/types.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { useSurveyIndicators, type SurveyIndicatorLine } from '../../queries/survey-indicators.ts';
import '../../components/figure.css';
import '../../components/muted-text.css';

interface SurveyIndicatorsSectionProps {
  /** The chosen indicator: the section shows for a sub-dimension only. */
  indicator: Indicator | undefined;
  label: string;
  provinceCode: string;
  provinceName: string;
  year: number | null;
}

/** The survey list of the chosen sub-dimension; nothing for a dimension, the total, or no year. */
export function SurveyIndicatorsSection(props: SurveyIndicatorsSectionProps): ReactNode {
  const { indicator, year } = props;
  const shown = indicator?.level === 'subdimension' && year !== null;
  return shown ? <SurveyIndicators {...props} code={indicator.code} year={year} /> : null;
}

/** The table for one sub-dimension and year, or the muted line when none is loaded. */
function SurveyIndicators({
  code,
  label,
  provinceCode,
  provinceName,
  year,
}: Omit<SurveyIndicatorsSectionProps, 'indicator' | 'year'> & { code: string; year: number }): ReactNode {
  const { t, lang, formatPercent } = useI18n();
  const survey = useSurveyIndicators(provinceCode, year, code);
  if (survey.data === undefined) return null;
  if (survey.data.length === 0) {
    return (
      <p className="muted" data-testid="survey-indicators-none">
        {t('dimensions.survey.none', { year })}
      </p>
    );
  }
  const labelOf = (line: SurveyIndicatorLine): string =>
    (lang === 'vi' ? (line.labelVi ?? line.labelEn) : (line.labelEn ?? line.labelVi)) ?? '';
  const sources = [...new Set(survey.data.map((line) => line.source))];
  return (
    <section className="figure" aria-labelledby="dimensions-survey-heading" data-testid="survey-indicators">
      <h2 id="dimensions-survey-heading" className="figure-heading">
        {t('dimensions.survey.heading', { province: provinceName, indicator: label, year })}
      </h2>
      <p className="figure-subtitle">{t('dimensions.survey.note', { year })}</p>
      <div
        className="dimensions-rank-scroll"
        role="group"
        aria-labelledby="dimensions-survey-heading"
        tabIndex={0}
      >
        <table className="dimensions-rank-table dimensions-survey-table">
          <thead>
            <tr>
              <th scope="col">{t('dimensions.survey.indicator')}</th>
              <th scope="col">{provinceName}</th>
              <th scope="col">{t('dimensions.survey.median')}</th>
            </tr>
          </thead>
          <tbody>
            {survey.data.map((line) => (
              <tr key={`${line.labelVi ?? ''}|${line.labelEn ?? ''}`}>
                <th scope="row">{labelOf(line)}</th>
                <td>{formatPercent(line.value, 1)}</td>
                <td>{formatPercent(line.median, 1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="figure-source">{t('dimensions.survey.source', { source: sources.join('; ') })}</p>
    </section>
  );
}
