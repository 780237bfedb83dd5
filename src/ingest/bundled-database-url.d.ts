// The built app's URL of the bundled database file (vite.config.ts's papi-bundled-database plugin); null on the dev
// server, which ships none and loads the CSVs.
declare module 'virtual:bundled-database-url' {
  const url: string | null;
  export default url;
}
