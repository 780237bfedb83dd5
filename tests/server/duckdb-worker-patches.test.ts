// The build-time patches of DuckDB's exception-handling worker (src/server/duckdb-worker-patches.ts), on the
// script the installed package ships: each applies once, and a script they no longer fit stops the build by name.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { DUCKDB_EH_WORKER_PATCHES, patchDuckDBWorker } from '../../src/server/duckdb-worker-patches.ts';

const stock = readFileSync(
  createRequire(import.meta.url).resolve('@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js'),
  'utf8',
);
const count = (text: string, part: string): number => text.split(part).length - 1;

/** The glue's definition of `name` in `script`: from `name=` up to the next top-level definition `next=`. */
function definition(script: string, name: string, next: string): string {
  const start = script.indexOf(`${name}=`);
  const end = script.indexOf(`,${next}=`, start);
  if (start < 0 || end < 0) throw new Error(`no ${name} before ${next} in the worker`);
  return script.slice(start, end);
}

/** Addresses addFunction hands out start here, so a GOT value tells a table slot from a data address. */
const TABLE_BASE = 1_000_000;

/**
 * What the worker's own glue (stock or patched) leaves in the GOT once the main module is instantiated, run in a VM
 * on `exports` as createWasm runs it: GOT entries made by the wasm's GOT imports first (`asked`), then updateGOT over
 * the exports, mergeLibSymbols' copy into wasmImports, and reportUndefinedSymbols. Each entry as what it points at:
 * the function in its table slot, or the number. With the number of addFunction calls.
 */
function gotAfterStart(
  script: string,
  exports: Record<string, unknown>,
  libraryImports: Record<string, unknown>,
  asked: readonly string[],
) {
  const table: unknown[] = [];
  const context: Record<string, unknown> = {
    WebAssembly,
    GOT: {},
    wasmImports: { ...libraryImports },
    addFunction: (fn: unknown) => table.push(fn) - 1 + TABLE_BASE,
    err: (message: string) => {
      throw new Error(message);
    },
    exports,
    asked,
  };
  runInNewContext(
    [
      definition(script, 'isInternalSym', 'uleb128Encode'),
      definition(script, 'updateGOT', 'relocateExports'),
      definition(script, 'isSymbolDefined', 'resolveGlobalSymbol'),
      definition(script, 'resolveGlobalSymbol', 'UTF8ToString'),
      definition(script, 'reportUndefinedSymbols', 'loadDylibs'),
    ]
      .map((code) => `var ${code};`)
      .join('\n') +
      `
      for (const name of asked) { GOT[name] = new WebAssembly.Global({ value: 'i32', mutable: true }); GOT[name].required = true; }
      updateGOT(exports);
      for (const name in exports) if (!isSymbolDefined(name)) wasmImports[name] = exports[name];
      reportUndefinedSymbols();`,
    context,
  );
  const got = context.GOT as Record<string, { value: number }>;
  const pointsAt = new Map(
    Object.entries(got).map(([name, entry]) => [
      name,
      entry.value >= TABLE_BASE ? table[entry.value - TABLE_BASE] : entry.value,
    ]),
  );
  return { pointsAt, added: table.length };
}

/** The script's text from `start` to the end of the first `end` after it. */
function between(script: string, start: string, end: string): string {
  const from = script.indexOf(start);
  const to = script.indexOf(end, from);
  if (from < 0 || to < 0) throw new Error(`no ${start} … ${end} in the worker`);
  return script.slice(from, to + end.length);
}

/**
 * What the worker's own glue (stock or patched) makes of the main module's exports after updateGOT, run in a VM as
 * createWasm runs it: mergeLibSymbols (with the dynCall symbols it registers on Module) and then
 * applySignatureConversions, whose result the glue reads every export from. Each as name → value, with the number
 * of walks over the exports.
 */
function symbolsAfterStart(
  script: string,
  exports: Record<string, unknown>,
  library: Record<string, unknown>,
) {
  // Each walk over the exports (for-in, Object.entries, a copy) asks the proxy for their keys once.
  let walks = 0;
  const watched = new Proxy(exports, {
    ownKeys: (target) => {
      walks += 1;
      return Reflect.ownKeys(target);
    },
  });
  const context: Record<string, unknown> = {
    Module: { dynCall_vi: 'set before' },
    wasmImports: { ...library },
    exports: watched,
  };
  runInNewContext(
    [
      `var ${definition(script, 'isSymbolDefined', 'resolveGlobalSymbol')};`,
      `var ${between(script, 'registerDynCallSymbols=', '};')}`,
      `var ${definition(script, 'mergeLibSymbols', 'asyncLoad')};`,
      between(script, 'function applySignatureConversions(e){', '(e.__cxa_get_exception_ptr),e}'),
      'mergeLibSymbols(exports, "main"); var converted = applySignatureConversions(exports);',
    ].join('\n'),
    context,
  );
  const converted = context.converted as Record<string, unknown>;
  const read = Object.fromEntries(Object.keys(exports).map((name) => [name, converted[name]]));
  return {
    walks,
    module: context.Module as Record<string, unknown>,
    wasmImports: context.wasmImports as Record<string, unknown>,
    read,
  };
}

describe('DuckDB worker patches', () => {
  test('each fits the installed worker once, and the patched script holds each replacement once', () => {
    for (const patch of DUCKDB_EH_WORKER_PATCHES) expect(count(stock, patch.find), patch.name).toBe(1);
    const patched = patchDuckDBWorker(stock);
    for (const patch of DUCKDB_EH_WORKER_PATCHES) expect(count(patched, patch.replace), patch.name).toBe(1);
    // Only the patched places changed: the rest of the script is the package's, byte for byte.
    const grown = DUCKDB_EH_WORKER_PATCHES.reduce((sum, p) => sum + p.replace.length - p.find.length, 0);
    expect(patched.length - stock.length).toBe(grown);
    expect(patched.slice(0, 2000)).toBe(stock.slice(0, 2000));
    expect(patched.slice(-2000)).toBe(stock.slice(-2000));
  });

  test('the patched glue leaves every GOT entry pointing where the stock glue does, with far fewer table additions', () => {
    // A main module's exports as the wasm has them: functions (with their i64-legal orig$ twins at the end), data
    // addresses, Emscripten's internal symbols, dynCall helpers; some asked for through its GOT imports, and JS
    // library functions asked for that it does not export.
    const fn = (name: string) => Object.assign(() => name, { sig: 'vi' });
    const exports: Record<string, unknown> = {
      __wasm_call_ctors: fn('ctors'),
      dynCall_vi: fn('dynCall_vi'),
      ...Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`f${i}`, fn(`f${i}`)])),
      ...Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`data${i}`, 100 + i])),
      ...Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`orig$f${i * 2}`, fn(`orig$f${i * 2}`)])),
    };
    const library = { emscripten_gl_clear: fn('gl'), __heap_base: 4096 };
    const asked = ['f1', 'f2', 'f7', 'data3', 'emscripten_gl_clear', '__heap_base'];
    const before = gotAfterStart(stock, exports, library, asked);
    const after = gotAfterStart(patchDuckDBWorker(stock), exports, library, asked);
    for (const [name, target] of after.pointsAt) expect(target, name).toBe(before.pointsAt.get(name));
    for (const name of asked) expect(after.pointsAt.has(name), name).toBe(true);
    // f2's entry takes its orig$ twin, as in the stock glue; f3, never asked for, has no entry and no slot.
    expect(after.pointsAt.get('f2')).toBe(exports['orig$f2']);
    expect(after.pointsAt.has('f3')).toBe(false);
    expect(after.added).toBeLessThan(before.added / 5);
  });

  test('the patched merge and signature conversions leave every symbol as the stock glue does', () => {
    const fn = (name: string) => Object.assign(() => 7, { sig: 'i', label: name });
    const exports: Record<string, unknown> = {
      malloc: () => -8,
      memcpy: () => -1,
      __errno_location: () => -4,
      dynCall_vi: fn('dynCall_vi'),
      dynCall_iii: fn('dynCall_iii'),
      ...Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`f${i}`, fn(`f${i}`)])),
      ...Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`data${i}`, 100 + i])),
      defined_in_js: fn('export'),
      stubbed: fn('export'),
    };
    const library = { defined_in_js: fn('js'), stubbed: Object.assign(() => 0, { stub: true }) };
    const before = symbolsAfterStart(stock, exports, library);
    const after = symbolsAfterStart(patchDuckDBWorker(stock), exports, library);
    expect(after.module).toEqual(before.module);
    expect(after.module.dynCall_iii).toBe(exports.dynCall_iii);
    expect(after.module.dynCall_vi).toBe('set before');
    expect(Object.keys(after.wasmImports).sort()).toEqual(Object.keys(before.wasmImports).sort());
    for (const [name, value] of Object.entries(before.wasmImports))
      expect(after.wasmImports[name], name).toBe(value);
    // A library function stays; a stub gives way to the export.
    expect(after.wasmImports.defined_in_js).toBe(library.defined_in_js);
    expect(after.wasmImports.stubbed).toBe(exports.stubbed);
    // Every export reads the same, the converted ones as unsigned numbers.
    for (const name of Object.keys(exports)) {
      const [a, b] = [before.read[name], after.read[name]];
      if (typeof a === 'function' && typeof b === 'function')
        expect((b as () => unknown)(), name).toBe((a as () => unknown)());
      else expect(b, name).toBe(a);
    }
    expect((after.read.malloc as () => number)()).toBe(2 ** 32 - 8);
    expect(after.read.f3).toBe(exports.f3);
    // One walk over the exports instead of three (the dynCall walk, the merge's, the copy).
    expect(before.walks).toBe(3);
    expect(after.walks).toBe(1);
  });

  test("after the signature conversions the glue only reads exports by name (the conversions' patch relies on it)", () => {
    // The patched conversions leave the 18 wrappers as the result's own properties and every other export inherited:
    // safe while nothing walks or key-checks wasmExports afterwards. Every use of it in the script is one of these; a
    // DuckDB-WASM upgrade that adds another (a for-in, Object.keys, hasOwnProperty) fails here for review.
    const knownUses = [
      // The lazy wrappers: `_malloc=Module._malloc=e=>(_malloc=Module._malloc=wasmExports.malloc)(e)`.
      /=wasmExports\.[A-Za-z_$][\w$]*\)/g,
      /wasmExports=n\.exports,wasmExports=relocateExports\(wasmExports,1024\)/g,
      /mergeLibSymbols\(wasmExports,"main"\)/g,
      /wasmExports=applySignatureConversions\(wasmExports\),addOnInit\(wasmExports\.__wasm_call_ctors\),__RELOC_FUNCS__\.push\(wasmExports\.__wasm_apply_data_relocs\)/g,
      // createWasm's callback returns it; its caller drops the value.
      /removeRunDependency\("wasm-instantiate"\),wasmExports\}/g,
      /wasmExports=createWasm\(\)/g,
    ];
    const rest = knownUses.reduce((text, use) => text.replace(use, ''), stock);
    const left = [...rest.matchAll(/.{0,60}wasmExports.{0,40}/g)].map((match) => match[0]);
    expect(left).toEqual([]);
    expect(count(stock, 'wasmExports')).toBeGreaterThan(50);
  });

  test('a worker whose glue changed stops the build, naming the patch', () => {
    const [first, second] = DUCKDB_EH_WORKER_PATCHES;
    if (first === undefined || second === undefined) throw new Error('expected patches');
    expect(() => patchDuckDBWorker(stock.replace(first.find, ''))).toThrow(
      `the patch "${first.name}" matches 0 times`,
    );
    expect(() => patchDuckDBWorker(`${stock}\n${second.find}`)).toThrow(
      `the patch "${second.name}" matches 2 times`,
    );
    // Patched twice: none finds its text again.
    expect(() => patchDuckDBWorker(patchDuckDBWorker(stock))).toThrow('matches');
  });

  test('a replacement holding "$" is written as it is', () => {
    expect(patchDuckDBWorker('a-b', [{ name: 'dollar', find: '-', replace: '$&$1$$' }])).toBe('a$&$1$$b');
  });
});
