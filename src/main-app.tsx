// The app itself, loaded by main.tsx once DuckDB's worker and the data download have started.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { startDatabase } from './app/database-start.ts';
import { Providers } from './app/providers.tsx';

// Failures are reported through the database store's 'error' status, shown in the page.
startDatabase().catch(() => undefined);

const rootElement = document.getElementById('root');
if (rootElement === null) throw new Error('index.html has no #root element.');

createRoot(rootElement).render(
  <StrictMode>
    <Providers>
      <App />
    </Providers>
  </StrictMode>,
);
