// React.lazy keeps a failed load for good; this one loads again after a failure, so a chunk that could not
// be fetched (offline before the service worker holds it) is fetched anew on the next render.
// A lazy component suspends on its first render even when its code has arrived, and React 19 then holds the
// content back until its fallback has been on screen for 300 ms: every visit's first figures waited for that.
// So once the code is in (preload(), or an earlier render), a new mount renders the component itself.
import type { ComponentType, ReactNode } from 'react';
import { lazy, useState } from 'react';

/** A lazy component whose code can be asked for before it is first rendered. */
export type PreloadableComponent<Props extends object> = ComponentType<Props> & {
  /** Loads the code; resolves when a mount renders without suspending (never rejects: a failure is the render's). */
  preload: () => Promise<void>;
};

/** A lazy component: rendered after `load` resolves; after a failure (shown by an error boundary), loaded anew. */
export function retryingLazy<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
): PreloadableComponent<Props> {
  let loaded: ComponentType<Props> | null = null;
  const start = (): Promise<ComponentType<Props>> =>
    load().then((component) => {
      loaded = component;
      return component;
    });
  const create = () =>
    lazy(() =>
      start().then(
        (component) => ({ default: component }),
        (error: unknown) => {
          current = create();
          throw error;
        },
      ),
    );
  let current = create();
  function RetryingLazy(props: Props): ReactNode {
    // Chosen once per mount: turning from the lazy wrapper to the component itself would remount the view.
    const [Shown] = useState<ComponentType<Props>>(() => loaded ?? current);
    return <Shown {...props} />;
  }
  return Object.assign(RetryingLazy, {
    preload: () =>
      start().then(
        () => undefined,
        () => undefined,
      ),
  });
}
