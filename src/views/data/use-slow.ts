// "Still working" only once an operation has lasted a while, so quick ones never flash a progress bar.
import { useEffect, useState } from 'react';

/** True while `pending` has lasted longer than `delayMs`. */
export function useSlow(pending: boolean, delayMs: number): boolean {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (!pending) return undefined;
    const timer = window.setTimeout(() => setSlow(true), delayMs);
    return () => {
      window.clearTimeout(timer);
      setSlow(false);
    };
  }, [pending, delayMs]);
  return pending && slow;
}
