// The units of each level as the user types them (one a line), filled once per plan from the stored or
// reported lists, so a later import does not overwrite what the user typed.
import { useEffect, useMemo, useState } from 'react';
import { EMPTY_UNIT_LISTS, type UnitLevel, type UnitLists } from '../../domain/report-unit-lists.ts';
import { resolveUnitLists } from '../../export/report-forms/received-summary.ts';
import type { PlanViewReport } from '../../queries/plan-view-reports.ts';

const linesOf = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

export interface UnitListTexts {
  /** The textareas' texts per level. */
  texts: Readonly<Record<UnitLevel, string>>;
  setText: (level: UnitLevel, text: string) => void;
  /** The texts as lists: one unit a non-blank line, trimmed. */
  lists: UnitLists;
  /** Whether the texts have been filled for this plan. */
  filled: boolean;
}

/** The unit lists of `plan`, editable. */
export function useUnitListTexts(plan: string, reports: readonly PlanViewReport[]): UnitListTexts {
  const [texts, setTexts] = useState<Record<UnitLevel, string>>({
    district: '',
    commune: '',
    department: '',
  });
  // The lists are filled once per plan, so a later import does not overwrite what the user typed.
  const [filledFor, setFilledFor] = useState<string | null>(null);

  useEffect(() => {
    if (filledFor === plan) return undefined;
    let current = true;
    void resolveUnitLists(plan, reports).then((lists) => {
      if (!current) return;
      setFilledFor(plan);
      setTexts({
        district: lists.district.join('\n'),
        commune: lists.commune.join('\n'),
        department: lists.department.join('\n'),
      });
    });
    return () => {
      current = false;
    };
  }, [plan, reports, filledFor]);

  const lists: UnitLists = useMemo(
    () => ({
      ...EMPTY_UNIT_LISTS,
      district: linesOf(texts.district),
      commune: linesOf(texts.commune),
      department: linesOf(texts.department),
    }),
    [texts],
  );
  const setText = (level: UnitLevel, text: string) =>
    setTexts((previous) => ({ ...previous, [level]: text }));
  return { texts, setText, lists, filled: filledFor === plan };
}
