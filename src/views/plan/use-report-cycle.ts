// The reporting cycle chosen on the Plan view: the quarters offered, the period and its due date, both kept
// for this page's life (rememberedCycle) across the view's remounts.
import { useMemo, useState } from 'react';
import { formatIsoDate } from '../../export/file-name.ts';
import { dueNextQuarter, quarterDueDate, quartersBackFrom } from '../../export/report-forms/report-period.ts';
import { rememberedCycle } from './remembered-cycle.ts';

const QUARTERS_OFFERED = 8;

export interface ReportCycle {
  /** The quarters offered, latest first: the one due next, then those before. */
  periods: readonly string[];
  period: string;
  /** ISO date; '' when the user cleared it. */
  dueDate: string;
  /** A new period, its due date reset to the quarter's. */
  choosePeriod: (period: string) => void;
  setDueDate: (dueDate: string) => void;
}

/** The cycle: the quarter due next and its due date until the user picks others. */
export function useReportCycle(): ReportCycle {
  const periods = useMemo(
    () => quartersBackFrom(dueNextQuarter(formatIsoDate(new Date())), QUARTERS_OFFERED),
    [],
  );
  const [period, setPeriodState] = useState(rememberedCycle.period ?? periods[0] ?? '');
  const [dueDate, setDueDateState] = useState(rememberedCycle.dueDate ?? quarterDueDate(period) ?? '');
  const setDueDate = (value: string) => {
    rememberedCycle.dueDate = value;
    setDueDateState(value);
  };
  const choosePeriod = (value: string) => {
    rememberedCycle.period = value;
    setPeriodState(value);
    setDueDate(quarterDueDate(value) ?? '');
  };
  return { periods, period, dueDate, choosePeriod, setDueDate };
}
