// `npm start`: the examples/ workspace in a real VS Code with the packaged extension installed.
// The user's `code` when it is on PATH; otherwise a local browser VS Code (code-server, installed
// on first use into .vscode-test/) bound to 127.0.0.1, whose address is printed. The command line
// stays available as `npx copydesk lint examples`.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, freePort, installExtension, startCodeServer } from './code-server.mjs';

const vsix = join(REPO_ROOT, 'copydesk.vsix');
const examples = join(REPO_ROOT, 'examples');

function run(command, args) {
  const result = spawnSync(command, args, { cwd: REPO_ROOT, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function hasCode() {
  return spawnSync('sh', ['-c', 'command -v code'], { stdio: 'ignore' }).status === 0 && process.env.COPYDESK_START !== 'code-server';
}

async function main() {
  run('npm', ['run', '--silent', 'package']);
  if (hasCode()) {
    run('code', ['--install-extension', vsix, '--force']);
    run('code', [examples]);
    console.log(`\nOpened examples/ in VS Code with Copydesk installed. The CLI: npx copydesk lint examples`);
    return;
  }
  const home = join(REPO_ROOT, '.vscode-test', 'start');
  const userDataDir = join(home, 'user-data');
  const extensionsDir = join(home, 'extensions');
  mkdirSync(userDataDir, { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  installExtension(vsix, extensionsDir, userDataDir);
  const port = Number(process.env.PORT) || (await freePort());
  const server = await startCodeServer({ folder: examples, userDataDir, extensionsDir, port });
  console.log(`\nVS Code (code-server) with Copydesk is running on 127.0.0.1 only. Open:\n\n  ${server.url}/?folder=${encodeURIComponent(examples)}\n`);
  console.log('Open a file under jobs/ or posts/ to see the findings. Press Ctrl+C to stop.');
  console.log('The command line works too: npx copydesk lint examples');
  const stop = () => {
    server.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  await new Promise(() => {});
}

main().catch((error) => {
  console.error(error.message ?? error);
  process.exit(1);
});
