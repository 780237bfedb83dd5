// Which chunks index.html asks for next to the entry (vite.config.ts): the shell's and all it imports statically,
// never what the entry already imports, another view's chunk or what the shell only loads with import().
import { describe, expect, it } from 'vitest';
import { shellPreloadFiles, type BuiltChunkLinks } from '../../src/server/shell-preloads.ts';

const chunk = (
  fileName: string,
  imports: string[] = [],
  facadeModuleId: string | null = null,
  isEntry = false,
): BuiltChunkLinks => ({ fileName, imports, facadeModuleId, isEntry });

const CHUNKS = [
  chunk('assets/index.js', ['assets/runtime.js'], '/app/src/main.tsx', true),
  chunk('assets/runtime.js'),
  chunk(
    'assets/providers.js',
    ['assets/react-dom.js', 'assets/shared.js', 'assets/runtime.js'],
    '/app/src/app/providers.tsx',
  ),
  chunk('assets/react-dom.js', ['assets/react.js']),
  chunk('assets/react.js'),
  chunk('assets/shared.js', ['assets/react.js', 'assets/text.js']),
  chunk('assets/text.js'),
  chunk('assets/overview-view.js', ['assets/shared.js'], '/app/src/views/overview/overview-view.tsx'),
  chunk('assets/echarts.js'),
];
const isShell = (id: string): boolean => id.endsWith('/src/app/providers.tsx');

describe('shellPreloadFiles', () => {
  it("lists the shell's chunk and everything it imports statically, the shell first, each once", () => {
    expect(shellPreloadFiles(CHUNKS, isShell)).toEqual([
      'assets/providers.js',
      'assets/react-dom.js',
      'assets/shared.js',
      'assets/react.js',
      'assets/text.js',
    ]);
  });

  it('leaves out the entry and what it imports, and the chunks the shell does not import (views, ECharts)', () => {
    const files = shellPreloadFiles(CHUNKS, isShell);
    for (const left of [
      'assets/index.js',
      'assets/runtime.js',
      'assets/overview-view.js',
      'assets/echarts.js',
    ])
      expect(files).not.toContain(left);
  });

  it('refuses a build without the shell, rather than dropping the preloads unnoticed', () => {
    expect(() => shellPreloadFiles(CHUNKS, (id) => id.endsWith('/shell.tsx'))).toThrow(
      /No built chunk is the shell/,
    );
  });
});
