// The layers hold because lint holds them: a forbidden import or an import cycle fails `npm run lint`.
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
// ignore: false so the cycle fixtures (ignored by `npm run lint`, on purpose) can be linted here.
const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: '.eslint.config.js', ignore: false });

/** The rule ids and messages lint reports for `code` as if it were the file at `filePath`. */
async function lintAs(filePath: string, code: string): Promise<{ ruleId: string | null; message: string }[]> {
  const [result] = await eslint.lintText(code, { filePath: `${ROOT}${filePath}` });
  return (result?.messages ?? []).map(({ ruleId, message }) => ({ ruleId, message }));
}

const restricted = (message: RegExp) => ({
  ruleId: 'import-x/no-restricted-paths',
  message: expect.stringMatching(message),
});

describe('layer rules', () => {
  it('forbids a component to import from the app shell', async () => {
    const messages = await lintAs(
      'src/components/probe.tsx',
      "import { App } from '../app/app.tsx';\nexport const probe = App;\n",
    );
    expect(messages).toContainEqual(restricted(/Only src\/main.tsx imports from src\/app/));
  });

  it('forbids a component to import a view', async () => {
    const messages = await lintAs(
      'src/components/probe.tsx',
      "import { OverviewView } from '../views/overview/overview-view.tsx';\nexport const probe = OverviewView;\n",
    );
    expect(messages).toContainEqual(restricted(/src\/components must not import from src\/views/));
  });

  it('forbids the query layer to import the app shell (as use-ready-connector once did)', async () => {
    const messages = await lintAs(
      'src/queries/probe.ts',
      "import { App } from '../app/app.tsx';\nexport const probe = App;\n",
    );
    expect(messages).toContainEqual(restricted(/Only src\/main.tsx imports from src\/app/));
  });

  it('forbids the URL state to reach into the database', async () => {
    const messages = await lintAs(
      'src/state/probe.ts',
      "import { sql } from '../db/sql.ts';\nexport const probe = sql;\n",
    );
    expect(messages).toContainEqual(restricted(/src\/state must not import from src\/db/));
  });

  it('forbids the engine to load data through ingest, except its start-up module', async () => {
    const code = "import { loadTables } from '../ingest/load-tables.ts';\nexport const probe = loadTables;\n";
    expect(await lintAs('src/db/probe.ts', code)).toContainEqual(
      restricted(/src\/db must not import from src\/ingest/),
    );
    expect(await lintAs('src/db/database-start.ts', code)).toEqual([]);
  });

  it('lets main.tsx import the app shell and a view import a component', async () => {
    expect(
      await lintAs('src/main.tsx', "import { App } from './app/app.tsx';\nexport const probe = App;\n"),
    ).toEqual([]);
    expect(
      await lintAs(
        'src/views/probe.tsx',
        "import { ErrorPanel } from '../components/error-panel.tsx';\nexport const probe = ErrorPanel;\n",
      ),
    ).toEqual([]);
  });
});

describe('import cycles', () => {
  it('reports a module that imports itself back through another', async () => {
    const results = await eslint.lintFiles(['tests/lint/fixtures/cycle-a.ts']);
    const ruleIds = results.flatMap((result) => result.messages.map((message) => message.ruleId));
    expect(ruleIds).toContain('import-x/no-cycle');
  });
});
