/**
 * scripts/setup.sh against a fake machine: a PATH holding only stub commands
 * (apt-get, sudo, id, fc-list, dpkg-query) that record how they were called,
 * and a fake file-system root in which the apt-get stub "installs" packages.
 * Nothing here touches the real apt or the real browsers.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const SCRIPT = resolve(import.meta.dirname, '../../scripts/setup.sh');
type Stub = 'apt-get' | 'sudo' | 'id' | 'fc-list' | 'dpkg-query';

/** Stub bodies: each logs "name args" to $FAKE_LOG, then plays its part. */
const STUBS: Record<Stub, string> = {
  // Installing a package leaves what the real one would: a binary, or a font fontconfig lists.
  'apt-get': `
    [ -n "\${FAKE_APT_BREAKS:-}" ] && [ "$1" = install ] && exit 0
    for arg in "$@"; do
      case "$arg" in
        chromium) : > "$FAKE_ROOT/usr/lib/chromium/chromium"; /bin/chmod +x "$FAKE_ROOT/usr/lib/chromium/chromium" ;;
        firefox-esr) : > "$FAKE_ROOT/usr/bin/firefox-esr"; /bin/chmod +x "$FAKE_ROOT/usr/bin/firefox-esr" ;;
        fonts-noto-cjk) : > "$FAKE_ROOT/cjk-font" ;;
      esac
    done`,
  // "sudo -n" succeeds only when FAKE_SUDO=passwordless, as real sudo without a cached password would refuse.
  sudo: `
    [ "$1" = -n ] || exit 64
    [ "\${FAKE_SUDO:-}" = passwordless ] || { echo "sudo: a password is required" >&2; exit 1; }
    shift
    [ "$1" = true ] && exit 0
    FAKE_UID=0 exec "$@"`,
  id: `[ "$1" = -u ] && echo "$FAKE_UID"`,
  'fc-list': `[ -e "$FAKE_ROOT/cjk-font" ] && echo "Noto Sans CJK SC"; exit 0`,
  'dpkg-query': `[ -e "$FAKE_ROOT/cjk-font" ] && printf 'install ok installed' || exit 1`,
};

interface Machine {
  uid?: number;
  sudo?: 'passwordless' | 'password' | 'absent';
  apt?: boolean;
  fcList?: boolean;
  /** Present before the script runs. */
  installed?: ('chromium' | 'firefox-esr' | 'fonts-noto-cjk')[];
  aptBreaks?: boolean;
  env?: Record<string, string>;
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'backstory-setup-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the script on a fresh fake machine. */
function setup(machine: Machine, ...needs: string[]) {
  const home = mkdtempSync(join(dir, 'machine-'));
  const bin = join(home, 'bin');
  const root = join(home, 'root');
  const log = join(home, 'calls.log');
  for (const d of [bin, join(root, 'usr/bin'), join(root, 'usr/lib/chromium')]) mkdirSync(d, { recursive: true });
  // `env` is the one real command on the fake PATH: the script runs apt-get through it.
  symlinkSync('/usr/bin/env', join(bin, 'env'));
  const stubs: Stub[] = ['id', 'dpkg-query'];
  if (machine.apt !== false) stubs.push('apt-get');
  if ((machine.sudo ?? 'absent') !== 'absent') stubs.push('sudo');
  if (machine.fcList !== false) stubs.push('fc-list');
  for (const name of stubs) {
    writeFileSync(join(bin, name), `#!/bin/bash\necho "${name} $*" >> "$FAKE_LOG"\n${STUBS[name]}\n`);
    chmodSync(join(bin, name), 0o755);
  }
  for (const pkg of machine.installed ?? []) {
    if (pkg === 'fonts-noto-cjk') writeFileSync(join(root, 'cjk-font'), '');
    else {
      const path = join(root, pkg === 'chromium' ? 'usr/bin/chromium' : 'usr/bin/firefox-esr');
      writeFileSync(path, '');
      chmodSync(path, 0o755);
    }
  }
  const result = spawnSync('/bin/bash', [SCRIPT, ...needs], {
    encoding: 'utf8',
    env: {
      PATH: bin,
      BACKSTORY_SETUP_ROOT: root,
      FAKE_ROOT: root,
      FAKE_LOG: log,
      FAKE_UID: String(machine.uid ?? 1000),
      FAKE_SUDO: machine.sudo ?? '',
      ...(machine.aptBreaks ? { FAKE_APT_BREAKS: '1' } : {}),
      ...machine.env,
    },
  });
  const calls = existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : [];
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, calls, has: (path: string) => existsSync(join(root, path)) };
}

const ALL = ['chromium', 'firefox', 'cjk-fonts'];
const APT = 'env DEBIAN_FRONTEND=noninteractive apt-get';

describe('scripts/setup.sh', () => {
  it('does nothing and says nothing when everything is installed', () => {
    const r = setup({ installed: ['chromium', 'firefox-esr', 'fonts-noto-cjk'] }, ...ALL);
    expect(r).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(r.calls.filter((c) => c.startsWith('apt-get') || c.startsWith('sudo'))).toEqual([]);
  });

  it('as root, runs apt-get itself for what is missing and says what it runs', () => {
    const r = setup({ uid: 0, installed: ['firefox-esr'] }, ...ALL);
    expect(r.code).toBe(0);
    expect(r.calls.filter((c) => !c.startsWith('fc-list') && !c.startsWith('dpkg-query'))).toEqual([
      'id -u',
      'apt-get update -qq',
      'apt-get install -y -qq chromium fonts-noto-cjk',
    ]);
    expect(r.stdout).toContain(`+ ${APT} update -qq\n`);
    expect(r.stdout).toContain(`+ ${APT} install -y -qq chromium fonts-noto-cjk\n`);
    expect(r.stdout).toContain('Installed: chromium fonts-noto-cjk');
    expect(r.has('usr/lib/chromium/chromium')).toBe(true);
  });

  it('as a user with passwordless sudo, runs apt-get through sudo -n', () => {
    const r = setup({ uid: 1000, sudo: 'passwordless' }, 'chromium', 'cjk-fonts');
    expect(r.code).toBe(0);
    expect(r.calls.filter((c) => c.startsWith('sudo') || c.startsWith('apt-get'))).toEqual([
      'sudo -n true',
      `sudo -n ${APT} update -qq`,
      'apt-get update -qq',
      `sudo -n ${APT} install -y -qq chromium fonts-noto-cjk`,
      'apt-get install -y -qq chromium fonts-noto-cjk',
    ]);
    expect(r.stdout).toContain(`+ sudo -n ${APT} install -y -qq chromium fonts-noto-cjk\n`);
  });

  it.each([
    ['sudo asks for a password', 'password'],
    ['there is no sudo', 'absent'],
  ] as const)('as a user where %s, stops with the exact command and installs nothing', (_, sudo) => {
    const r = setup({ uid: 1000, sudo }, ...ALL);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('    sudo apt-get update && sudo apt-get install -y chromium firefox-esr fonts-noto-cjk\n');
    expect(r.calls.filter((c) => c.startsWith('apt-get'))).toEqual([]);
    expect(r.calls.filter((c) => c.startsWith('sudo') && c !== 'sudo -n true')).toEqual([]);
  });

  it('without apt-get, stops with the command for Debian and the way to point at other browsers', () => {
    const r = setup({ uid: 0, apt: false }, 'chromium');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no apt-get');
    expect(r.stderr).toContain('    sudo apt-get update && sudo apt-get install -y chromium\n');
    expect(r.stderr).toContain('BACKSTORY_CHROMIUM');
    expect(r.calls).toEqual([]);
  });

  it('asks only for what the command needs', () => {
    const r = setup({ uid: 0 }, 'firefox');
    expect(r.calls.filter((c) => c.startsWith('apt-get install'))).toEqual(['apt-get install -y -qq firefox-esr']);
    expect(r.stdout).toContain('firefox-esr: the Firefox smoke test');
    expect(r.stdout).not.toContain('chromium');
  });

  it('finds CJK fonts through fontconfig, or through dpkg where fontconfig has no tools', () => {
    expect(setup({ uid: 0, installed: ['fonts-noto-cjk'] }, 'cjk-fonts').calls).toEqual(['fc-list :lang=zh family']);
    expect(setup({ uid: 0, fcList: false, installed: ['fonts-noto-cjk'] }, 'cjk-fonts').calls).toEqual([
      'dpkg-query -W -f=${Status} fonts-noto-cjk',
    ]);
  });

  it('takes BACKSTORY_CHROMIUM as the browser, and stops when it names no executable', () => {
    const own = join(dir, 'my-chromium');
    writeFileSync(own, '');
    chmodSync(own, 0o755);
    expect(setup({ uid: 0, env: { BACKSTORY_CHROMIUM: own } }, 'chromium')).toMatchObject({ code: 0, calls: [] });
    const missing = setup({ uid: 0, env: { BACKSTORY_CHROMIUM: join(dir, 'nowhere') } }, 'chromium');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(`BACKSTORY_CHROMIUM is set to ${join(dir, 'nowhere')}`);
    expect(missing.calls.filter((c) => c.startsWith('apt-get'))).toEqual([]);
  });

  it('fails when apt-get succeeds but the browser is still missing', () => {
    const r = setup({ uid: 0, aptBreaks: true }, 'chromium');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no Chromium binary was found');
  });

  it('rejects a requirement it does not know', () => {
    const r = setup({ uid: 0 }, 'chrome');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown requirement 'chrome'");
  });
});
