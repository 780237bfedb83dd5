// Unit test files share their worker process (isolate: false in vite.config.ts spares each file a fresh
// process and module graph): whatever a file stubs, spies on or fakes is undone when the file ends, so
// the next file in that worker starts from the same globals whichever file ran before it.

import { afterAll, vi } from 'vitest';

afterAll(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});
