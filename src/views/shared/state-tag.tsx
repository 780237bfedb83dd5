import type { ReactNode } from 'react';
import type { TaskState } from '../../domain/task-state.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { STATE_LABEL_KEYS } from './task-state-labels.ts';
import './state-tag.css';

/** A task state in words, with a coloured edge (the words carry the meaning, the colour only helps). */
export function StateTag({ state, count }: { state: TaskState; count?: number }): ReactNode {
  const { t } = useI18n();
  return (
    <span className={`plan-state state-${state}`} data-state={state}>
      {t(STATE_LABEL_KEYS[state])}
      {count === undefined ? null : `: ${String(count)}`}
    </span>
  );
}
