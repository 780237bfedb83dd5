// The message of each task state, as government task tracking words it (Plan view, Dimensions' tasks).
import type { TaskState } from '../../domain/task-state.ts';
import type { MessageKey } from '../../i18n/vi.ts';

/** The message id of each task state's words. */
export const STATE_LABEL_KEYS: Record<TaskState, MessageKey> = {
  done_on_time: 'planView.state.done_on_time',
  done_late: 'planView.state.done_late',
  in_progress_on_time: 'planView.state.in_progress_on_time',
  overdue: 'planView.state.overdue',
  continuous_done: 'planView.state.continuous_done',
  continuous_in_progress: 'planView.state.continuous_in_progress',
  continuous_not_started: 'planView.state.continuous_not_started',
  not_reported: 'planView.state.not_reported',
};
