// The integration tests in a real VS Code: @vscode/test-electron's runTests(), pointed at
// scripts/vscode-shim.mjs, which runs them in code-server's extension host (desktop VS Code
// cannot be downloaded on these machines). The workspace is a scratch copy of examples/, so the
// tests may edit, save and delete files.
import { runTests } from '@vscode/test-electron';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureCodeServer, requireSystem, REPO_ROOT } from './code-server.mjs';

// `--grep <text>`: only the matching tests, in the examples window (the bench measures the host
// this way); `--report <file>`: where the responsiveness test writes its figures.
function option(name) {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
}

async function main() {
  const grep = option('--grep');
  const report = option('--report');
  requireSystem(['chromium']);
  ensureCodeServer();
  const scratch = mkdtempSync(join(tmpdir(), 'copydesk-vscode-'));
  const workspace = join(scratch, 'workspace');
  cpSync(join(REPO_ROOT, 'examples'), workspace, { recursive: true });
  const loose = join(scratch, 'loose');
  cpSync(join(REPO_ROOT, 'examples'), loose, { recursive: true });
  const common = {
    vscodeExecutablePath: join(REPO_ROOT, 'scripts', 'vscode-shim.mjs'),
    extensionDevelopmentPath: REPO_ROOT,
    extensionTestsPath: join(REPO_ROOT, 'out', 'test', 'integration', 'index.js'),
  };
  try {
    console.log('Real VS Code, examples/ as the workspace folder:');
    await runTests({
      ...common,
      launchArgs: [workspace, `--user-data-dir=${join(scratch, 'user-data')}`, `--extensions-dir=${join(scratch, 'extensions')}`],
      extensionTestsEnv: { COPYDESK_TEST_WORKSPACE: workspace, COPYDESK_TEST_GREP: grep ?? '', COPYDESK_HOST_REPORT: report ?? '' },
    });
    if (grep) return;
    console.log('Real VS Code, a window with no folder open:');
    await runTests({
      ...common,
      launchArgs: [`--user-data-dir=${join(scratch, 'user-data-2')}`, `--extensions-dir=${join(scratch, 'extensions-2')}`],
      extensionTestsEnv: { COPYDESK_TEST_SUITE: 'no-folder', COPYDESK_TEST_WORKSPACE: loose },
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error.message ?? error);
  process.exit(1);
});
