import type { ReactNode } from 'react';
import { surveyCutoffDate } from '../../domain/survey-cutoff.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { PlanContext } from './plan-context.ts';
import '../../components/link-button.css';

interface PlanNoteProps {
  plan: PlanContext;
  provinceName: string;
  /** The plan's number(s), e.g. "474/KH-UBND"; empty while unknown. */
  planNames: readonly string[];
  /** Switches the Overview to another year; the note offers the target year when given. */
  onSelectYear?: (year: number) => void;
}

/** One sentence about the province's plan above the dimension table, instead of a "—" in every row. */
export function PlanNote({ plan, provinceName, planNames, onSelectYear }: PlanNoteProps): ReactNode {
  const { t } = useI18n();
  const named = planNames.length > 0;
  const planLabel = planNames.join(', ');
  if (plan.kind === 'none')
    return (
      <p className="plan-note" data-testid="plan-note">
        {t('plan.none', { province: provinceName })}
      </p>
    );
  const target = plan.targetYear;
  // The survey's cut-off (domain/survey-cutoff.ts), written as offices write dates: 31/12/2024.
  const cutoff = surveyCutoffDate(target).split('-').reverse().join('/');
  if (plan.kind === 'target-year')
    return (
      <p className="plan-note" data-testid="plan-note">
        {named
          ? t('plan.targetYear', { plan: planLabel, target, cutoff })
          : t('plan.targetYearUnnamed', { target, cutoff })}
      </p>
    );
  return (
    <p className="plan-note" data-testid="plan-note">
      {named ? t('plan.otherYear', { plan: planLabel, target }) : t('plan.otherYearUnnamed', { target })}
      {onSelectYear === undefined ? null : (
        <>
          {' '}
          <button type="button" className="link-button" onClick={() => onSelectYear(target)}>
            {t('plan.showTargetYear', { target })}
          </button>
        </>
      )}
    </p>
  );
}
