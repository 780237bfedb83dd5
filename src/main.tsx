// The entry, kept tiny: start DuckDB's worker first (it at once downloads and compiles the 33 MB
// wasm, the longest step before the first chart), then fetch and run the app itself (React,
// ECharts: most of the JS), which starts the data download and DuckDB's JS (startDatabase).
// Failures are reported by startDatabase() through the database store.
import { bootEngine } from './db/engine-boot';
import './app/app.css';

try {
  bootEngine();
} catch {
  // startDatabase() (main-app.tsx) tries again and shows the error.
}

import('./main-app.tsx').catch((error: unknown) => {
  console.error(error);
  document.body.textContent = 'Không tải được ứng dụng. / The app could not be loaded.';
});
