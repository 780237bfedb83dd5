// A store read by a part of the page that may lag a moment behind it (the engine's download bar). React renders
// a store read through useSyncExternalStore at once, and such a render throws away any transition half rendered:
// each step of the bar restarted the Overview's sections below its first screen, on a slow phone until the
// download ended. Read this way, each change is a transition of its own, rendered with the others.
import { startTransition, useEffect, useState } from 'react';

/** `getSnapshot()` of the store, each change applied as a transition. */
export function useStoreAsTransition<T>(
  subscribe: (listener: () => void) => () => void,
  getSnapshot: () => T,
): T {
  const [snapshot, setSnapshot] = useState(getSnapshot);
  useEffect(() => {
    const take = (): void => startTransition(() => setSnapshot(() => getSnapshot()));
    const unsubscribe = subscribe(take);
    take(); // a change between the render and the subscription
    return unsubscribe;
  }, [subscribe, getSnapshot]);
  return snapshot;
}
