// What the user keeps beside the data, shared with the app's other tabs: a dimension target written here makes
// the others re-read theirs, and so does a change of the deck list (src/session/tab-sync.ts carries the word).
import type { QueryClient } from '@tanstack/react-query';
import { DIMENSION_TARGETS_KEY } from '../queries/dimension-targets.ts';
import { announceToOtherTabs, onOtherTabChange } from '../session/database-start.ts';
import { BRIEFING_CHANGE_EVENT } from '../storage/briefing-store.ts';

/** Marks a deck change that came from another tab, so it is not announced back (no ping-pong). */
const FROM_OTHER_TAB = 'from-other-tab';

/** Wires the targets and the deck list to the other tabs, once per page. */
export function shareSettingsAcrossTabs(queryClient: QueryClient): void {
  queryClient.getMutationCache().subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'success') return;
    if (event.mutation.options.mutationKey?.[0] === DIMENSION_TARGETS_KEY[0]) announceToOtherTabs('targets');
  });
  window.addEventListener(BRIEFING_CHANGE_EVENT, (event) => {
    if (!(event instanceof CustomEvent && event.detail === FROM_OTHER_TAB)) announceToOtherTabs('deck');
  });
  onOtherTabChange((cause) => {
    if (cause === 'targets') void queryClient.invalidateQueries({ queryKey: DIMENSION_TARGETS_KEY });
    if (cause === 'deck')
      window.dispatchEvent(new CustomEvent(BRIEFING_CHANGE_EVENT, { detail: FROM_OTHER_TAB }));
  });
}
