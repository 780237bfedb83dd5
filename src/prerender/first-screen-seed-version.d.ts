// The version of the first-screen seed built with this app (vite.config.ts's papi-first-screen-seed plugin): the
// hash of what its answers are computed from; null on the dev server and in the tests, which ship no seed.
declare module 'virtual:first-screen-seed-version' {
  const version: string | null;
  export default version;
}
