// DuckDB-WASM's exception-handling worker (the build Chromium, Firefox and Safari 15.2+ run), patched at build time
// where its Emscripten start-up does work this app never uses. The wasm is a dynamically linked main module with
// 75,011 exports (65,167 functions), and Emscripten's glue walks all of them once the module is instantiated:
// - updateGOT made a Global Offset Table entry for every export and put every exported function into the function
//   table (addFunction, one table slot at a time), for side modules that might link against them. The app loads
//   none: extensions never load (no autoload or install, external access off). A function export now gets an entry
//   only where one exists already (asked for through GOT.func, or made earlier); data exports keep theirs. An entry
//   asked for later is resolved by reportUndefinedSymbols from the exports mergeLibSymbols keeps, `orig$` first, as
//   the stock glue fills it (tests/server/duckdb-worker-patches.test.ts runs both on the same exports). One
//   difference, for side modules only: a function both a side module and the main module define would resolve to
//   the side module's copy, not the main module's.
// - mergeLibSymbols and registerDynCallSymbols built an array of [name, value] pairs of all exports (and a closure
//   per export) to copy them; they now walk the names, in the same order, and the main module's merge registers its
//   dynCall symbols in the same walk.
// - applySignatureConversions copied every export into a new object to wrap 18 functions; the wrappers now sit over
//   the exports (Object.create).
// Alternating builds (7 December 2026): first visits instantiated the engine ~0.4 s sooner and second visits were
// data-ready ~0.27 s sooner; the last two patches took another ~0.15 s off a first visit (README, "Hosting").
// Each patch must match exactly once: a DuckDB-WASM upgrade that changes the glue fails the build, naming the patch,
// rather than shipping a worker patched halfway.

/** One textual replacement in the worker's minified script. */
export interface WorkerPatch {
  readonly name: string;
  readonly find: string;
  readonly replace: string;
}

export const DUCKDB_EH_WORKER_PATCHES: readonly WorkerPatch[] = [
  {
    name: 'GOT entries only where asked',
    find: 'updateGOT=(e,t)=>{for(var r in e)if(!isInternalSym(r)){var n=e[r];',
    // Before isInternalSym, which builds an array per call: 65,000 calls fewer.
    replace:
      'updateGOT=(e,t)=>{for(var r in e)' +
      'if(!(typeof e[r]=="function"&&!GOT[r.startsWith("orig$")?r.slice(5):r])&&!isInternalSym(r)){var n=e[r];',
  },
  {
    name: 'dynCall symbols by name',
    find: 'registerDynCallSymbols=e=>{for(var[t,r]of Object.entries(e))t.startsWith("dynCall_")&&!Module.hasOwnProperty(t)&&(Module[t]=r)}',
    replace:
      'registerDynCallSymbols=e=>{for(var t in e)t.startsWith("dynCall_")&&!Module.hasOwnProperty(t)&&(Module[t]=e[t])}',
  },
  {
    name: 'library symbols by name, dynCall symbols in the same walk',
    find: 'mergeLibSymbols=(e,t)=>{registerDynCallSymbols(e);for(var[r,n]of Object.entries(e))(l=>{isSymbolDefined(l)||(wasmImports[l]=n)})(r)}',
    // registerDynCallSymbols' own walk folded in: Module and wasmImports are different objects, so the order of
    // the two writes does not matter.
    replace:
      'mergeLibSymbols=(e,t)=>{for(var r in e)' +
      'r.startsWith("dynCall_")&&!Module.hasOwnProperty(r)&&(Module[r]=e[r]),isSymbolDefined(r)||(wasmImports[r]=e[r])}',
  },
  {
    name: 'signature conversions over the exports',
    find: 'function applySignatureConversions(e){e=Object.assign({},e);',
    // The 18 wrapped functions over the exports instead of a copy of all 75,011: after this the exports are only
    // read by name (the glue's `_name = () => (_name = wasmExports.name)(…)`), never walked or asked for own keys.
    replace: 'function applySignatureConversions(e){e=Object.create(e);',
  },
];

/** `source` with every patch applied; throws, naming the patch, when one does not match exactly once. */
export function patchDuckDBWorker(
  source: string,
  patches: readonly WorkerPatch[] = DUCKDB_EH_WORKER_PATCHES,
): string {
  return patches.reduce((patched, patch) => {
    const matches = patched.split(patch.find).length - 1;
    if (matches !== 1)
      throw new Error(
        `DuckDB-WASM's worker: the patch "${patch.name}" matches ${matches} times, not once. Its glue changed ` +
          '(a new version?): review src/server/duckdb-worker-patches.ts against it.',
      );
    // A function, so `$` in a replacement is never read as a pattern.
    return patched.replace(patch.find, () => patch.replace);
  }, source);
}
