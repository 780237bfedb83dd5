// Makes sure the browser tests have Debian's Chromium before they start (issue 14). Pure decisions over
// injected facts, so the Node test can cover every branch without touching apt-get.
// The only source of a browser is the system's package manager; a missing browser never skips tests silently.

/** Where Debian's `chromium` package puts the binary, and where tests/e2e/helpers/browser.ts looks by default. */
export const DEBIAN_CHROMIUM_PATH = '/usr/bin/chromium';
export const APT_ATTEMPTS = 3;
export const APT_RETRY_DELAY_MS = 10_000;

/** The same rule as tests/e2e/helpers/browser.ts: CHROMIUM_PATH if set, else Debian's path. */
export const chromiumPathFrom = (env: Record<string, string | undefined>): string =>
  env.CHROMIUM_PATH ?? DEBIAN_CHROMIUM_PATH;

/** True for Debian, Ubuntu and their derivatives, from the text of /etc/os-release. */
export function isDebianLike(osRelease: string): boolean {
  const ids: string[] = [];
  for (const line of osRelease.split('\n')) {
    const match = /^(ID|ID_LIKE)=(.*)$/.exec(line.trim());
    if (match?.[2] !== undefined) ids.push(...match[2].replace(/["']/g, '').toLowerCase().split(/\s+/));
  }
  return ids.includes('debian') || ids.includes('ubuntu');
}

export interface MachineFacts {
  chromiumPath: string;
  chromiumPresent: boolean;
  debianLike: boolean;
  root: boolean;
  aptGet: boolean;
}

export type ChromiumPlan =
  { kind: 'present' } | { kind: 'install'; line: string } | { kind: 'cannot-install'; line: string };

const SUDO_INSTALL = 'sudo apt-get update && sudo apt-get install -y chromium';

/** Decides what to do; every non-present outcome carries the one line to print. */
export function planChromium(facts: MachineFacts): ChromiumPlan {
  const { chromiumPath } = facts;
  if (facts.chromiumPresent) return { kind: 'present' };
  const missing = `Chromium is missing at ${chromiumPath} and the browser tests need it`;
  // apt-get only ever fills Debian's path: a CHROMIUM_PATH elsewhere is the person's own binary.
  if (chromiumPath !== DEBIAN_CHROMIUM_PATH) {
    return {
      kind: 'cannot-install',
      line: `${missing} (CHROMIUM_PATH points there): install Chromium at that path, or unset CHROMIUM_PATH to use Debian's ${DEBIAN_CHROMIUM_PATH}.`,
    };
  }
  if (!facts.debianLike) {
    return {
      kind: 'cannot-install',
      line: `${missing}: install Chromium with your system's package manager, then run the tests with CHROMIUM_PATH set to its binary, e.g. \`CHROMIUM_PATH=/path/to/chromium npm test\`.`,
    };
  }
  if (!facts.aptGet) {
    return {
      kind: 'cannot-install',
      line: `${missing}, and apt-get was not found: install it with \`${SUDO_INSTALL}\`.`,
    };
  }
  if (!facts.root) {
    return {
      kind: 'cannot-install',
      line: `${missing}, and installing it needs root: run \`${SUDO_INSTALL}\`, then npm test again.`,
    };
  }
  return {
    kind: 'install',
    line: `Chromium is missing at ${chromiumPath}: installing Debian's chromium package with apt-get (once; the tests never download a browser).`,
  };
}

export interface CommandResult {
  code: number;
  /** stdout and stderr together, shown only when the install fails. */
  output: string;
}

export interface SetupDeps {
  env: Record<string, string | undefined>;
  exists(path: string): boolean;
  readOsRelease(): string;
  isRoot(): boolean;
  /** Runs a command with extra environment variables; never throws. */
  run(command: string, args: string[], env: Record<string, string>): Promise<CommandResult>;
  sleep(ms: number): Promise<void>;
  log(line: string): void;
  error(line: string): void;
}

/** True when `name` is an executable file in one of PATH's directories (checked through `exists`). */
export function isOnPath(
  name: string,
  pathVariable: string | undefined,
  exists: (path: string) => boolean,
): boolean {
  return (pathVariable ?? '')
    .split(':')
    .filter((dir) => dir !== '')
    .some((dir) => exists(`${dir}/${name}`));
}

/** apt-get's exact calls, for the install and for the test that asserts them. */
export const APT_UPDATE = ['apt-get', ['update', '-qq']] as const;
export const APT_INSTALL = [
  'apt-get',
  ['install', '-y', '-qq', '--no-install-suggests', 'chromium'],
] as const;
const APT_ENV = { DEBIAN_FRONTEND: 'noninteractive' };

async function installWithApt(deps: SetupDeps): Promise<CommandResult> {
  let last: CommandResult = { code: 1, output: '' };
  for (let attempt = 1; attempt <= APT_ATTEMPTS; attempt += 1) {
    last = await deps.run(APT_UPDATE[0], [...APT_UPDATE[1]], APT_ENV);
    if (last.code === 0) last = await deps.run(APT_INSTALL[0], [...APT_INSTALL[1]], APT_ENV);
    if (last.code === 0) return last;
    if (attempt < APT_ATTEMPTS) {
      deps.error(
        `apt-get failed (attempt ${attempt} of ${APT_ATTEMPTS}); retrying in ${APT_RETRY_DELAY_MS / 1000} s`,
      );
      await deps.sleep(APT_RETRY_DELAY_MS);
    }
  }
  return last;
}

/** Checks, installs if it can, and returns the process exit code (0: the browser is there). */
export async function ensureChromium(deps: SetupDeps): Promise<number> {
  const chromiumPath = chromiumPathFrom(deps.env);
  const plan = planChromium({
    chromiumPath,
    chromiumPresent: deps.exists(chromiumPath),
    debianLike: isDebianLike(deps.readOsRelease()),
    root: deps.isRoot(),
    aptGet: isOnPath('apt-get', deps.env.PATH, deps.exists),
  });
  if (plan.kind === 'present') return 0;
  if (plan.kind === 'cannot-install') {
    deps.error(plan.line);
    return 1;
  }
  deps.log(plan.line);
  const result = await installWithApt(deps);
  if (result.code !== 0) {
    if (result.output.trim() !== '') deps.error(result.output.trim().split('\n').slice(-20).join('\n'));
    deps.error(
      `apt-get could not install chromium (exit ${result.code}); install it by hand: \`apt-get install -y chromium\`.`,
    );
    return 1;
  }
  if (!deps.exists(chromiumPath)) {
    deps.error(`apt-get installed chromium but ${chromiumPath} is still missing.`);
    return 1;
  }
  return 0;
}
