// The four PAPI quartile groups in their order, decided once for TypeScript. Which group a score falls in, and
// each group's step (1 low … 4 high), are decided in SQL (db/schema.sql.ts, indicator_standing.group_step);
// tests/db/indicator-standing.test.ts proves that this order gives every standing row the step SQL gave it.
import { pointsToCut } from './papi.ts';
import type { PapiGroup } from './types.ts';

/** The groups from the lowest up. */
export const GROUPS_LOW_TO_HIGH: readonly PapiGroup[] = ['low', 'lower_middle', 'upper_middle', 'high'];

/** The groups from the top down: the legends' and tables' order. */
export const GROUPS_HIGH_TO_LOW: readonly PapiGroup[] = [...GROUPS_LOW_TO_HIGH].reverse();

/** The group's step, as SQL's group_step: 1 for 'low' up to 4 for 'high'. "Group up" is a higher step. */
export const groupStep = (group: PapiGroup): number => GROUPS_LOW_TO_HIGH.indexOf(group) + 1;

/** The group one step up; null above 'high'. */
export const nextGroupUp = (group: PapiGroup): PapiGroup | null =>
  GROUPS_LOW_TO_HIGH[GROUPS_LOW_TO_HIGH.indexOf(group) + 1] ?? null;

/** True when `value` names a group (a plan's goal row, read as text). */
export const isPapiGroup = (value: string | null): value is PapiGroup =>
  value !== null && (GROUPS_LOW_TO_HIGH as readonly string[]).includes(value);

/** Points from `score` up to the next group's cut (the standing's next_group_threshold); null in the high group. */
export const pointsToNextGroup = (score: number, nextGroupThreshold: number | null): number | null =>
  nextGroupThreshold === null ? null : pointsToCut(score, nextGroupThreshold);
