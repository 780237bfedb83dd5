import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { startDatabase } from './db/database-start.ts';
import { Providers } from './app/providers.tsx';
import './app/app.css';

// Start the 33 MB DuckDB-WASM download before React renders: it is most of the time to first chart.
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
