import { QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { createQueryClient } from '../queries/query-client.ts';
import { DatabaseProvider } from '../hooks/database-context.tsx';
import { databaseStore, startDatabase } from '../db/database-start.ts';

const queryClient = createQueryClient();

/** App-wide providers: react-query and the database. (Language comes from the URL state, in App.) */
export function Providers({ children }: { children: ReactNode }): ReactNode {
  return (
    <QueryClientProvider client={queryClient}>
      <DatabaseProvider store={databaseStore} start={startDatabase}>
        {children}
      </DatabaseProvider>
    </QueryClientProvider>
  );
}
