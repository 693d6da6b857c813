// A real VS Code on machines that cannot download desktop VS Code: code-server 4.100.3 (VS Code
// 1.100.3) from the npm registry, installed on first use into .vscode-test/code-server, started
// on 127.0.0.1. Used by the integration tests (through scripts/vscode-shim.mjs) and by npm start.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync, copyFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CODE_SERVER_VERSION = '4.100.3';
const HOME = join(REPO_ROOT, '.vscode-test', 'code-server');
const BIN = join(HOME, 'node_modules', '.bin', 'code-server');

/** Debian packages each need comes from, with how to tell they are there. */
const SYSTEM = {
  chromium: { package: 'chromium', present: () => existsSync(chromiumPath()) },
  ripgrep: { package: 'ripgrep', present: () => which('rg') !== undefined },
  kerberos: { package: 'libkrb5-dev', present: () => existsSync('/usr/include/krb5.h') || existsSync('/usr/include/gssapi/gssapi.h') },
};

function which(command) {
  const result = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/** The Chromium the browser tests and the workbench use. */
export function chromiumPath() {
  return process.env.COPYDESK_CHROMIUM ?? '/usr/bin/chromium';
}

/** Fails with a message naming the missing Debian packages (never skips silently). */
export function requireSystem(names) {
  const missing = names.filter((n) => !SYSTEM[n].present()).map((n) => SYSTEM[n].package);
  if (missing.length === 0) return;
  const list = missing.join(' ');
  throw new Error(
    `Copydesk's real-VS-Code tests need these Debian packages, which are not installed: ${list}.\n` +
      `Install them with:  sudo apt-get update && sudo apt-get install -y ${list}\n` +
      `(.ci/run does this on CI.)`,
  );
}

/** Installs code-server into .vscode-test/code-server unless it is there already. */
export function ensureCodeServer() {
  if (existsSync(BIN)) return BIN;
  requireSystem(['ripgrep', 'kerberos']);
  console.log(`Installing code-server ${CODE_SERVER_VERSION} into .vscode-test/ (first run only, about a minute)…`);
  mkdirSync(HOME, { recursive: true });
  // npm 11 runs dependencies' install scripts only when allowed; code-server builds native modules.
  writeFileSync(join(HOME, 'package.json'), JSON.stringify({ name: 'copydesk-code-server', private: true, allowScripts: { 'code-server': true, argon2: true } }, null, 2));
  // @vscode/ripgrep's postinstall would download ripgrep from GitHub; it takes a cached archive
  // instead, which we make from Debian's rg.
  const cache = mkdtempSync(join(tmpdir(), 'copydesk-rg-'));
  mkdirSync(join(cache, 'vscode-ripgrep-cache-1.15.11'));
  copyFileSync(which('rg'), join(cache, 'rg'));
  const archive = join(cache, 'vscode-ripgrep-cache-1.15.11', 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz');
  const tar = spawnSync('tar', ['czf', archive, '-C', cache, 'rg'], { stdio: 'inherit' });
  if (tar.status !== 0) throw new Error('Could not pack ripgrep for code-server\'s install.');
  const install = spawnSync('npm', ['install', '--no-audit', '--no-fund', `code-server@${CODE_SERVER_VERSION}`], {
    cwd: HOME,
    stdio: 'inherit',
    env: { ...process.env, TMPDIR: cache, npm_config_nodedir: process.env.npm_config_nodedir ?? '/usr', npm_config_yes: 'true', npm_config_unsafe_perm: 'true' },
  });
  rmSync(cache, { recursive: true, force: true });
  if (install.status !== 0 || !existsSync(BIN)) throw new Error(`Installing code-server ${CODE_SERVER_VERSION} failed (npm exit ${install.status}); see the output above.`);
  return BIN;
}

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts code-server for `folder` on 127.0.0.1 in its own process group; resolves when it
 * answers /healthz. `stop()` ends the whole group.
 */
export async function startCodeServer({ folder, userDataDir, extensionsDir, port, extraArgs = [], quiet = true }) {
  const bin = ensureCodeServer();
  const scratch = mkdtempSync(join(tmpdir(), 'copydesk-xdg-'));
  const args = [
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    ...extraArgs,
    ...(folder ? [folder] : []),
  ];
  const child = spawn(bin, args, {
    detached: true,
    stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    env: { ...process.env, XDG_CONFIG_HOME: join(scratch, 'config'), XDG_DATA_HOME: join(scratch, 'data') },
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {}
    rmSync(scratch, { recursive: true, force: true });
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited (${child.exitCode}):\n${output}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (res.ok) return { url: `http://127.0.0.1:${port}`, stop, output: () => output };
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`code-server did not answer on port ${port} within 60 s:\n${output}`);
}

/** Installs a .vsix into an extensions folder with code-server's CLI. */
export function installExtension(vsix, extensionsDir, userDataDir) {
  const bin = ensureCodeServer();
  const result = spawnSync(bin, ['--extensions-dir', extensionsDir, '--user-data-dir', userDataDir, '--install-extension', vsix, '--force'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`Installing ${vsix} failed:\n${result.stdout}\n${result.stderr}`);
}
