// The built app's URL of each shipped derived table file (vite.config.ts's papi-shipped-derived-tables plugin),
// keyed by its build name (`scores.arrow`); null on the dev server, which ships none.
declare module 'virtual:shipped-derived-table-urls' {
  const urls: Readonly<Record<string, string>> | null;
  export default urls;
}
