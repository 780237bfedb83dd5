// Which app modules may join the first view's shared chunk: those that import no library, directly or through
// the app modules they import (vite.config.ts). A wrong "free" would load ECharts or DuckDB with the first view.
import { describe, expect, it } from 'vitest';
import { createLibraryFreeTest, staticImportsOf } from '../../src/server/library-free-modules.ts';

const FILES: Record<string, string> = {
  '/app/src/charts/escape.ts': `export const escape = (s: string): string => s;\n`,
  '/app/src/charts/label.ts': `import { escape } from './escape.ts';\nimport type { EChartsCoreOption } from 'echarts/core';\nexport const label = escape;\n`,
  '/app/src/charts/setup.ts': `import * as echarts from 'echarts/core';\nexport { echarts };\n`,
  '/app/src/charts/canvas-size.ts': `import {\n  echarts,\n} from './setup.ts';\nexport const size = echarts;\n`,
  '/app/src/charts/reexport.ts': `export * from './setup.ts';\n`,
  '/app/src/charts/styled.ts': `import './styled.css';\nexport const x = 1;\n`,
  '/app/src/charts/side-effect.ts': `import 'idb';\nexport const y = 1;\n`,
  '/app/src/charts/cycle-a.ts': `import { b } from './cycle-b.ts';\nexport const a = b;\n`,
  '/app/src/charts/cycle-b.ts': `import { a } from './cycle-a.ts';\nexport const b = 1;\nexport const c = a;\n`,
  '/app/src/charts/lazy.ts': `export const load = () => import('echarts/core');\n`,
};
const read = (file: string): string => {
  const source = FILES[file];
  if (source === undefined) throw new Error(`no such file ${file}`);
  return source;
};

describe('createLibraryFreeTest', () => {
  const isFree = createLibraryFreeTest(read);

  it('passes a module with no imports, or only relative imports of such modules (type-only imports erased)', () => {
    expect(isFree('/app/src/charts/escape.ts')).toBe(true);
    expect(isFree('/app/src/charts/label.ts')).toBe(true);
  });

  it('refuses a module that imports a library, directly, through another module or a re-export', () => {
    expect(isFree('/app/src/charts/setup.ts')).toBe(false);
    expect(isFree('/app/src/charts/canvas-size.ts')).toBe(false);
    expect(isFree('/app/src/charts/reexport.ts')).toBe(false);
    expect(isFree('/app/src/charts/side-effect.ts')).toBe(false);
  });

  it('refuses a stylesheet import, an import cycle and a query id; a dynamic import is no static import', () => {
    expect(isFree('/app/src/charts/styled.ts')).toBe(false);
    expect(isFree('/app/src/charts/cycle-a.ts')).toBe(false);
    expect(isFree('/app/src/charts/escape.ts?worker')).toBe(false);
    expect(isFree('/app/src/charts/lazy.ts')).toBe(true);
  });
});

describe('staticImportsOf', () => {
  it('reads imports over several lines, side-effect imports and re-exports, not type imports or code', () => {
    const source = [
      `import {`,
      `  a,`,
      `  b,`,
      `} from './a.ts';`,
      `import 'x';`,
      `import type { T } from 'types';`,
      `export type { U } from 'types-too';`,
      `export { c } from './c.ts';`,
      `export const from = 'not an import';`,
      `const d = await import('./lazy.ts');`,
    ].join('\n');
    expect(staticImportsOf(source)).toEqual(['./a.ts', 'x', './c.ts']);
  });
});
