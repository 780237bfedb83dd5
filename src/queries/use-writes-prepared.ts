// The Data view is where imports, loads and the SQL console write. A start that reads the bundled database in place
// leaves its copy to the first write (db/engine-writable.ts): opening the Data view starts that copy at once, so a
// file dropped a moment later does not wait for it.

import { useEffect } from 'react';
import { makeWritable } from '../db/engine-writable.ts';
import { useReadyConnector } from './use-ready-connector.ts';

/** Makes the ready engine writable in the background. A failure is the first write's to report: it tries again. */
export function useWritesPrepared(): void {
  const { connector } = useReadyConnector();
  useEffect(() => {
    if (connector !== null) makeWritable(connector).catch(() => undefined);
  }, [connector]);
}
