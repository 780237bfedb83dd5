// The layers hold because lint holds them: a forbidden import or an import cycle fails `npm run lint`, and a
// cycle made of type imports alone (which import-x/no-cycle skips) fails this test.
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { findImportCycles } from './import-graph.ts';

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

  it('keeps the engine alone: db imports neither the data session, ingest, the console nor storage', async () => {
    const probe = (path: string) => `import * as probe from '${path}';\nexport { probe };\n`;
    expect(await lintAs('src/db/probe.ts', probe('../ingest/load-tables.ts'))).toContainEqual(
      restricted(/src\/db must not import from src\/ingest/),
    );
    expect(await lintAs('src/db/probe.ts', probe('../session/database-store.ts'))).toContainEqual(
      restricted(/src\/db must not import from src\/session/),
    );
    expect(await lintAs('src/db/probe.ts', probe('../console/console-query.ts'))).toContainEqual(
      restricted(/src\/db must not import from src\/console/),
    );
    expect(await lintAs('src/db/probe.ts', probe('../storage/indexed-db.ts'))).toContainEqual(
      restricted(/src\/db must not import from src\/storage/),
    );
  });

  it('lets the data session join the engine, ingest and storage', async () => {
    const code = [
      "import { sql } from '../db/sql.ts';",
      "import { loadTables } from '../ingest/load-tables.ts';",
      "import { listImportedFiles } from '../storage/imported-files-store.ts';",
      'export const probe = [sql, loadTables, listImportedFiles];',
      '',
    ].join('\n');
    expect(await lintAs('src/session/probe.ts', code)).toEqual([]);
  });

  it('lets the console run on the engine but keeps it out of the data session', async () => {
    expect(
      await lintAs(
        'src/console/probe.ts',
        "import { sql } from '../db/sql.ts';\nexport const probe = sql;\n",
      ),
    ).toEqual([]);
    expect(
      await lintAs(
        'src/console/probe.ts',
        "import { startDatabase } from '../session/database-start.ts';\nexport const probe = startDatabase;\n",
      ),
    ).toContainEqual(restricted(/src\/console must not import from src\/session/));
  });

  it('keeps storage below the session and the UI', async () => {
    expect(
      await lintAs(
        'src/storage/probe.ts',
        "import { databaseStore } from '../session/database-start.ts';\nexport const probe = databaseStore;\n",
      ),
    ).toContainEqual(restricted(/src\/storage must not import from src\/session/));
    expect(
      await lintAs(
        'src/components/probe.tsx',
        "import { recordQuery } from '../storage/query-history.ts';\nexport const probe = recordQuery;\n",
      ),
    ).toContainEqual(restricted(/src\/components must not import from src\/storage/));
  });

  it('keeps the Node-only server out of the browser app, main.tsx included', async () => {
    const code = (from: string) =>
      `import { CONTENT_SECURITY_POLICY } from '${from}server/content-security-policy.ts';\nexport const probe = CONTENT_SECURITY_POLICY;\n`;
    expect(await lintAs('src/app/probe.tsx', code('../'))).toContainEqual(
      restricted(/src\/server is Node-only/),
    );
    expect(await lintAs('src/main.tsx', code('./'))).toContainEqual(restricted(/src\/server is Node-only/));
  });

  it('lets only the file-reading worker import its readers: the page asks through file-reading.ts', async () => {
    const code = (from: string) =>
      `import { answerReadRequest } from '${from}answer-read-request.ts';\nexport const probe = answerReadRequest;\n`;
    const onlyTheWorker = restricted(/Only the worker \(read-worker\.ts\) imports answer-read-request\.ts/);
    expect(await lintAs('src/ingest/read/worker/file-reading.ts', code('./'))).toContainEqual(onlyTheWorker);
    expect(await lintAs('src/session/probe.ts', code('../ingest/read/worker/'))).toContainEqual(
      onlyTheWorker,
    );
    expect(await lintAs('src/ingest/read/worker/read-worker.ts', code('./'))).not.toContainEqual(
      onlyTheWorker,
    );
  });

  it('lets only the shell wire the first-screen seed, and nothing in the page import its build-time questions', async () => {
    expect(
      await lintAs(
        'src/app/probe.tsx',
        "import { hydrateFirstScreenSeed } from '../prerender/load-first-screen-seed.ts';\nexport const probe = hydrateFirstScreenSeed;\n",
      ),
    ).toEqual([]);
    expect(
      await lintAs(
        'src/queries/probe.ts',
        "import { rekey } from '../prerender/first-screen-seed.ts';\nexport const probe = rekey;\n",
      ),
    ).toContainEqual(restricted(/Only the shell \(src\/app, src\/main.tsx\) imports from src\/prerender/));
    expect(
      await lintAs(
        'src/app/probe.tsx',
        "import { answerFirstScreen } from '../prerender/first-screen-queries.ts';\nexport const probe = answerFirstScreen;\n",
      ),
    ).toContainEqual(restricted(/first-screen-queries.ts runs at build time in Node/));
  });

  it('forbids a view to import another view, and lets it import its own files', async () => {
    expect(
      await lintAs(
        'src/views/plan/probe.tsx',
        "import { OverviewView } from '../overview/overview-view.tsx';\nexport const probe = OverviewView;\n",
      ),
    ).toContainEqual(restricted(/src\/views\/plan must not import another view/));
    expect(
      await lintAs(
        'src/views/overview/probe.tsx',
        "import { OverviewView } from './overview-view.tsx';\nexport const probe = OverviewView;\n",
      ),
    ).toEqual([]);
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

  it('finds a cycle made of type imports alone, which import-x/no-cycle skips', () => {
    expect(findImportCycles(`${ROOT}tests/lint/fixtures`)).toContainEqual([
      'type-cycle-a.ts',
      'type-cycle-b.ts',
    ]);
  });

  it('finds no cycle in src, type-only imports included', () => {
    expect(findImportCycles(`${ROOT}src`)).toEqual([]);
  });
});
