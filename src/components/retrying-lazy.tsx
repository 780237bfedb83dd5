// React.lazy keeps a failed load for good; this one loads again after a failure, so a chunk that could not
// be fetched (offline before the service worker holds it) is fetched anew on the next render.
import type { ComponentType, ReactNode } from 'react';
import { lazy } from 'react';

/** A lazy component: rendered after `load` resolves; after a failure (shown by an error boundary), loaded anew. */
export function retryingLazy<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
): ComponentType<Props> {
  const create = () =>
    lazy(() =>
      load().then(
        (component) => ({ default: component }),
        (error: unknown) => {
          current = create();
          throw error;
        },
      ),
    );
  let current = create();
  return function RetryingLazy(props: Props): ReactNode {
    const Loaded = current;
    return <Loaded {...props} />;
  };
}
