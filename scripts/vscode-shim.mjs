#!/usr/bin/env node
// Stands in for the VS Code executable that @vscode/test-electron's runTests() launches, on
// machines where desktop VS Code cannot be downloaded: it takes the same arguments
// (--extensionDevelopmentPath, --extensionTestsPath, --user-data-dir, --extensions-dir, a
// folder), runs the tests in code-server's real extension host, with the workbench open in
// headless Chromium, and exits with the tests' exit code.
import { mkdirSync } from 'node:fs';
import { chromiumPath, freePort, requireSystem, startCodeServer } from './code-server.mjs';

const TIMEOUT_MS = Number(process.env.COPYDESK_VSCODE_TIMEOUT_MS ?? 600_000);

const NOISE = /^(Resolving connection token|Resolved connection token|Creating a socket|Updating additional builtin|\[Service Worker\]|ChatSessionStore|getaddrinfo ENOTFOUND|.*open-vsx\.org)/;

/** console.log's printf-style arguments as one line. */
function format(args) {
  const [first, ...rest] = args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a)));
  if (typeof first !== 'string') return '';
  let i = 0;
  const out = first.replace(/%[sdifoOj%]/g, (m) => (m === '%%' ? '%' : i < rest.length ? rest[i++] : m));
  return [out, ...rest.slice(i)].join(' ');
}

function parse(argv) {
  const options = { folder: undefined, extensionDevelopmentPath: [], extensionTestsPath: undefined, userDataDir: undefined, extensionsDir: undefined };
  for (const arg of argv) {
    const [name, ...rest] = arg.split('=');
    const value = rest.join('=');
    if (name === '--extensionDevelopmentPath') options.extensionDevelopmentPath.push(value);
    else if (name === '--extensionTestsPath') options.extensionTestsPath = value;
    else if (name === '--user-data-dir') options.userDataDir = value;
    else if (name === '--extensions-dir') options.extensionsDir = value;
    else if (!arg.startsWith('--')) options.folder = arg;
  }
  return options;
}

async function main() {
  const options = parse(process.argv.slice(2));
  requireSystem(['chromium']);
  const { chromium } = await import('playwright-core');
  mkdirSync(options.userDataDir, { recursive: true });
  mkdirSync(options.extensionsDir, { recursive: true });
  const port = await freePort();
  const server = await startCodeServer({ folder: undefined, userDataDir: options.userDataDir, extensionsDir: options.extensionsDir, port });
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  let code = 1;
  try {
    const page = await browser.newPage();
    const remote = (path) => `vscode-remote://127.0.0.1:${port}${path}`;
    const payload = [
      ...options.extensionDevelopmentPath.map((p) => ['extensionDevelopmentPath', remote(p)]),
      ['extensionTestsPath', remote(options.extensionTestsPath)],
      ['skipWelcome', 'true'],
      ['skipReleaseNotes', 'true'],
    ];
    const exited = new Promise((resolve) => {
      void page.exposeFunction('codeAutomationExit', (exitCode) => resolve(exitCode));
    });
    let skippingStack = false;
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const text = format(Array.isArray(args) ? args : [args]);
      // The workbench's own chatter (connections, the offline marketplace) is not test output.
      if (NOISE.test(text)) {
        skippingStack = true;
        return;
      }
      if (skippingStack && /^\s+at /.test(text)) return;
      skippingStack = false;
      (type === 'error' ? process.stderr : process.stdout).write(`${text}\n`);
    });
    const query = new URLSearchParams({ payload: JSON.stringify(payload) });
    if (options.folder) query.set('folder', options.folder);
    await page.goto(`${server.url}/?${query}`);
    const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), TIMEOUT_MS));
    const result = await Promise.race([exited, timeout]);
    if (result === 'timeout') {
      console.error(`The VS Code tests did not finish within ${TIMEOUT_MS / 1000} s.\n${server.output()}`);
      code = 1;
    } else code = Number(result);
  } finally {
    await browser.close().catch(() => {});
    server.stop();
  }
  process.exit(code);
}

main().catch((error) => {
  console.error(error.message ?? error);
  process.exit(1);
});
