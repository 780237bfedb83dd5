// `npm run test:e2e` (and so `npm test`) and .ci/run start with this: it makes sure Debian's Chromium is
// there before the browser tests, installing it with apt-get when it can (see chromium-setup.ts).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { ensureChromium, type CommandResult } from './chromium-setup.ts';

const readOsRelease = (): string => {
  try {
    return readFileSync('/etc/os-release', 'utf8');
  } catch {
    return '';
  }
};

const run = (command: string, args: string[], env: Record<string, string>): Promise<CommandResult> =>
  new Promise((resolveRun) => {
    let output = '';
    const child = spawn(command, args, {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (err) => resolveRun({ code: 127, output: `${output}${err.message}\n` }));
    child.on('close', (code) => resolveRun({ code: code ?? 1, output }));
  });

process.exitCode = await ensureChromium({
  env: process.env,
  exists: existsSync,
  readOsRelease,
  isRoot: () => process.getuid?.() === 0,
  run,
  sleep: (ms) => new Promise((resolveSleep) => setTimeout(resolveSleep, ms)),
  log: (line) => console.log(line),
  error: (line) => console.error(line),
});
