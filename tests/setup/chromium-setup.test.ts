import { describe, expect, it } from 'vitest';
import { ensureChromium, isDebianLike, type CommandResult, type SetupDeps } from './chromium-setup.ts';

const DEBIAN_OS_RELEASE = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\nVERSION_ID="12"\n';
const FEDORA_OS_RELEASE = 'NAME="Fedora Linux"\nID=fedora\nID_LIKE="rhel centos"\n';

interface Machine {
  files?: string[];
  osRelease?: string;
  root?: boolean;
  env?: Record<string, string>;
  /** Exit codes the fake apt-get returns, one per call (0 when the list runs out). */
  aptCodes?: number[];
  /** Files the fake `apt-get install` creates. */
  installs?: string[];
}

/** A fake machine: records every command and printed line; never runs anything. */
function fakeMachine(machine: Machine) {
  const files = new Set(machine.files ?? ['/usr/bin/apt-get']);
  const commands: string[] = [];
  const out: string[] = [];
  const err: string[] = [];
  const sleeps: number[] = [];
  const aptCodes = [...(machine.aptCodes ?? [])];
  const deps: SetupDeps = {
    env: { PATH: '/usr/local/bin:/usr/bin:/bin', ...machine.env },
    exists: (path) => files.has(path),
    readOsRelease: () => machine.osRelease ?? DEBIAN_OS_RELEASE,
    isRoot: () => machine.root ?? true,
    run: (command, args, env): Promise<CommandResult> => {
      commands.push(
        `${Object.entries(env)
          .map(([k, v]) => `${k}=${v} `)
          .join('')}${command} ${args.join(' ')}`,
      );
      const code = aptCodes.shift() ?? 0;
      if (code === 0 && args[0] === 'install') (machine.installs ?? []).forEach((f) => files.add(f));
      return Promise.resolve({ code, output: code === 0 ? '' : 'E: Could not get lock' });
    },
    sleep: (ms) => {
      sleeps.push(ms);
      return Promise.resolve();
    },
    log: (line) => out.push(line),
    error: (line) => err.push(line),
  };
  return { deps, commands, out, err, sleeps };
}

const UPDATE = 'DEBIAN_FRONTEND=noninteractive apt-get update -qq';
const INSTALL = 'DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-suggests chromium';

describe('ensure-chromium before the browser tests', () => {
  it('runs nothing and prints nothing when Chromium is present', async () => {
    const m = fakeMachine({ files: ['/usr/bin/apt-get', '/usr/bin/chromium'] });
    expect(await ensureChromium(m.deps)).toBe(0);
    expect(m.commands).toEqual([]);
    expect([...m.out, ...m.err]).toEqual([]);
  });

  it('accepts the browser at CHROMIUM_PATH, as browser.ts does', async () => {
    const m = fakeMachine({ files: ['/opt/chrome/chrome'], env: { CHROMIUM_PATH: '/opt/chrome/chrome' } });
    expect(await ensureChromium(m.deps)).toBe(0);
    expect(m.commands).toEqual([]);
  });

  it("installs Debian's chromium with apt-get as root on Debian, saying so in one line", async () => {
    const m = fakeMachine({ installs: ['/usr/bin/chromium'] });
    expect(await ensureChromium(m.deps)).toBe(0);
    expect(m.commands).toEqual([UPDATE, INSTALL]);
    expect(m.out).toEqual([
      "Chromium is missing at /usr/bin/chromium: installing Debian's chromium package with apt-get (once; the tests never download a browser).",
    ]);
    expect(m.err).toEqual([]);
  });

  it('retries apt-get and succeeds on a later attempt', async () => {
    const m = fakeMachine({ aptCodes: [100], installs: ['/usr/bin/chromium'] });
    expect(await ensureChromium(m.deps)).toBe(0);
    expect(m.commands).toEqual([UPDATE, UPDATE, INSTALL]);
    expect(m.sleeps).toEqual([10_000]);
  });

  it('fails with one line after three failed apt-get attempts', async () => {
    const m = fakeMachine({ aptCodes: [100, 100, 100] });
    expect(await ensureChromium(m.deps)).toBe(1);
    expect(m.commands).toEqual([UPDATE, UPDATE, UPDATE]);
    expect(m.err.at(-1)).toBe(
      'apt-get could not install chromium (exit 100); install it by hand: `apt-get install -y chromium`.',
    );
  });

  it('fails when apt-get succeeds but the binary is still missing', async () => {
    const m = fakeMachine({});
    expect(await ensureChromium(m.deps)).toBe(1);
    expect(m.err).toEqual(['apt-get installed chromium but /usr/bin/chromium is still missing.']);
  });

  it('stops with the sudo command on Debian when not root, running nothing', async () => {
    const m = fakeMachine({ root: false });
    expect(await ensureChromium(m.deps)).toBe(1);
    expect(m.commands).toEqual([]);
    expect(m.out).toEqual([]);
    expect(m.err).toEqual([
      'Chromium is missing at /usr/bin/chromium and the browser tests need it, and installing it needs root: run `sudo apt-get update && sudo apt-get install -y chromium`, then npm test again.',
    ]);
  });

  it('stops on a system without apt (not Debian or Ubuntu), pointing at CHROMIUM_PATH', async () => {
    const m = fakeMachine({ osRelease: FEDORA_OS_RELEASE, files: [] });
    expect(await ensureChromium(m.deps)).toBe(1);
    expect(m.commands).toEqual([]);
    expect(m.err).toEqual([
      "Chromium is missing at /usr/bin/chromium and the browser tests need it: install Chromium with your system's package manager, then run the tests with CHROMIUM_PATH set to its binary, e.g. `CHROMIUM_PATH=/path/to/chromium npm test`.",
    ]);
  });

  it('stops when Debian has no apt-get on PATH', async () => {
    const m = fakeMachine({ files: [] });
    expect(await ensureChromium(m.deps)).toBe(1);
    expect(m.commands).toEqual([]);
    expect(m.err).toEqual([
      'Chromium is missing at /usr/bin/chromium and the browser tests need it, and apt-get was not found: install it with `sudo apt-get update && sudo apt-get install -y chromium`.',
    ]);
  });

  it('does not run apt-get for a missing CHROMIUM_PATH elsewhere (apt-get cannot fill it)', async () => {
    const m = fakeMachine({ env: { CHROMIUM_PATH: '/nonexistent' } });
    expect(await ensureChromium(m.deps)).toBe(1);
    expect(m.commands).toEqual([]);
    expect(m.err).toEqual([
      "Chromium is missing at /nonexistent and the browser tests need it (CHROMIUM_PATH points there): install Chromium at that path, or unset CHROMIUM_PATH to use Debian's /usr/bin/chromium.",
    ]);
  });
});

describe('isDebianLike', () => {
  it.each([
    ['Debian', true, DEBIAN_OS_RELEASE],
    ['Ubuntu', true, 'NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\n'],
    ['elementary OS (only ubuntu in ID_LIKE)', true, 'ID=elementary\nID_LIKE=ubuntu\n'],
    ['Linux Mint', true, 'ID=linuxmint\nID_LIKE="ubuntu debian"\n'],
    ['Fedora', false, FEDORA_OS_RELEASE],
    ['no /etc/os-release (macOS, Windows)', false, ''],
  ])('%s counts as Debian-like: %s', (_name, expected, text) => {
    expect(isDebianLike(text)).toBe(expected);
  });
});
