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
  // As in the real build, the shell imports the entry's chunk back (what both use lives there).
  chunk(
    'assets/providers.js',
    ['assets/react-dom.js', 'assets/shared.js', 'assets/runtime.js', 'assets/index.js'],
    '/app/src/app/providers.tsx',
  ),
  chunk('assets/react-dom.js', ['assets/react.js']),
  chunk('assets/react.js'),
  chunk('assets/shared.js', ['assets/react.js', 'assets/text.js']),
  chunk('assets/text.js'),
  chunk(
    'assets/overview-view.js',
    ['assets/shared.js', 'assets/echarts.js'],
    '/app/src/views/overview/overview-view.tsx',
  ),
  chunk('assets/echarts.js', ['assets/react.js']),
];
const isShell = (id: string): boolean => id.endsWith('/src/app/providers.tsx');

describe('shellPreloadFiles', () => {
  it("lists the shell's chunk and what it imports statically, the shell first, each once, not the entry's", () => {
    expect(shellPreloadFiles(CHUNKS, isShell)).toEqual([
      'assets/providers.js',
      'assets/react-dom.js',
      'assets/shared.js',
      'assets/react.js',
      'assets/text.js',
    ]);
  });

  it('lists nothing when the entry imports the shell statically: the browser finds it in the entry', () => {
    const statically = CHUNKS.map((built) =>
      built.isEntry ? { ...built, imports: [...built.imports, 'assets/providers.js'] } : built,
    );
    expect(shellPreloadFiles(statically, isShell)).toEqual([]);
  });

  it('refuses a build without the shell, rather than dropping the preloads unnoticed', () => {
    expect(() => shellPreloadFiles(CHUNKS, (id) => id.endsWith('/shell.tsx'))).toThrow(
      /No built chunk is the shell/,
    );
  });
});
