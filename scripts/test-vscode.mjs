// The integration tests in a real VS Code: @vscode/test-electron's runTests(), pointed at
// scripts/vscode-shim.mjs, which runs them in code-server's extension host (desktop VS Code
// cannot be downloaded on these machines). The workspace is a scratch copy of examples/, so the
// tests may edit, save and delete files.
import { runTests } from '@vscode/test-electron';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureCodeServer, requireSystem, REPO_ROOT } from './code-server.mjs';

async function main() {
  requireSystem(['chromium']);
  ensureCodeServer();
  const scratch = mkdtempSync(join(tmpdir(), 'copydesk-vscode-'));
  const workspace = join(scratch, 'workspace');
  cpSync(join(REPO_ROOT, 'examples'), workspace, { recursive: true });
  try {
    await runTests({
      vscodeExecutablePath: join(REPO_ROOT, 'scripts', 'vscode-shim.mjs'),
      extensionDevelopmentPath: REPO_ROOT,
      extensionTestsPath: join(REPO_ROOT, 'out', 'test', 'integration', 'index.js'),
      launchArgs: [workspace, `--user-data-dir=${join(scratch, 'user-data')}`, `--extensions-dir=${join(scratch, 'extensions')}`],
      extensionTestsEnv: { COPYDESK_TEST_WORKSPACE: workspace },
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error.message ?? error);
  process.exit(1);
});
