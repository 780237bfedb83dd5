/**
 * The Content-Security-Policy of the built app: nothing but its own origin.
 * 'wasm-unsafe-eval' lets DuckDB compile its wasm; 'unsafe-inline' is for styles only, because ECharts
 * tooltips are HTML with style attributes. Added at build time: Vite's dev server injects inline scripts.
 * Injected as a <meta> by vite.config.ts and sent as a header by serve-dist.ts.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "connect-src 'self' data: blob:",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
